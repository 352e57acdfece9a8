"""Generate scopes/providers/feishu.toml (format: docs/catalog-format.md).

Feishu (飞书) and its international edition Lark share one scope namespace, so both live in one
provider file. Facts come from two official sources only:

* the scope registry of Feishu's own CLI, larksuite/cli, file internal/registry/scope_priorities.json
  (commit 1262aac, "update scope priorities from scope platform"), which lists every scope name the
  CLI knows, and the CLI's shortcut definitions, which say which scopes it requests as the user and
  which as the bot (tenant);
* the API pages of open.feishu.cn, read through riba2534/feishu-open-docs (commit 3ab55df), an
  automated Markdown export of open.larkoffice.com / open.feishu.cn. From each page only facts were
  taken: the scope names in its "权限要求" / "字段权限要求" rows, the access tokens the API accepts, and
  whether Feishu labels the scope a legacy version ("历史版本").

Titles are written here, in our own words, from a vocabulary of the scope name's parts plus
hand-written entries for the scopes people meet most; they are never copied from Feishu's
descriptions. Grants are our classification into the taxonomy.

    python3 tools/catalog/build_feishu.py            # write the file
    python3 tools/catalog/build_feishu.py --check    # exit 1 if the committed file is stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalog_toml import table, value  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "scopes" / "providers" / "feishu.toml"

CLI_COMMIT = "1262aac480c832982c127e99f579fc35dc0f31a8"
CLI_LIST = f"https://github.com/larksuite/cli/blob/{CLI_COMMIT}/internal/registry/scope_priorities.json"
DOC = "https://open.feishu.cn/document"
SCOPE_LIST = "https://open.feishu.cn/document/ukTMukTMukTM/uYTM5UjL2ETO14iNxkTN/scope-list"
AUTHORIZE = "https://open.feishu.cn/document/common-capabilities/sso/api/obtain-oauth-code"
REFRESH = "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/authentication-management/access-token/refresh-user-access-token"
USER_INFO = "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/authen-v1/user_info/get"
MIRROR = "riba2534/feishu-open-docs at 3ab55df, an automated Markdown export of open.feishu.cn"

R, C, M, D, S, A = "read.all", "write.create", "write.modify", "write.delete", "act.send", "admin"
FULL = (R, C, M, D)

# --- Modules: the part before the first colon --------------------------------------------------
# (English name, Chinese name, categories used when no field rule applies)
MODULES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "acs": ("Smart door access", "智能门禁", ("activity.app_usage",)),
    "admin": ("Admin console", "管理后台", ("resource.app_config",)),
    "aily": ("Aily AI agents", "Aily 智能伙伴", ("resource.cloud",)),
    "app_engine": ("Low-code platform", "低代码平台", ("resource.cloud",)),
    "application": ("App management", "应用管理", ("resource.app_config",)),
    "approval": ("Approvals", "审批", ("resource.business",)),
    "attendance": ("Attendance", "考勤打卡", ("activity.app_usage",)),
    "attendance_machine": ("Attendance machines", "考勤机", ("activity.app_usage",)),
    "auth": ("Authorization", "授权", ("account.identifier",)),
    "baike": ("Lingo glossary", "企业词典", ("content.files",)),
    "base": ("Base tables", "多维表格", ("content.files",)),
    "bitable": ("Base tables", "多维表格", ("content.files",)),
    "block": ("Doc blocks", "文档小组件", ("content.files",)),
    "board": ("Whiteboards", "画板", ("content.files",)),
    "calendar": ("Calendar", "日历", ("schedule.calendar",)),
    "cardkit": ("Message cards", "消息卡片", ("comm.content",)),
    "collab_plugins": ("Chat plug-ins", "群协作插件", ("resource.app_config",)),
    "component": ("Client components", "客户端组件", ("org.directory",)),
    "contact": ("Contacts", "通讯录", ("org.directory",)),
    "corehr": ("Feishu People", "飞书人事", ("resource.business",)),
    "directory": ("Organisation directory", "组织架构", ("org.directory",)),
    "docs": ("Docs", "云文档", ("content.files",)),
    "document_ai": ("Document recognition", "证照票据识别", ("resource.cloud",)),
    "docx": ("Docs", "文档", ("content.files",)),
    "drive": ("Drive", "云空间", ("content.files",)),
    "ea_integration_platform": ("Integration platform", "集成平台", ("resource.business",)),
    "ehr": ("Feishu People (Standard)", "飞书人事标准版", ("resource.business",)),
    "elearning": ("Learning", "学习", ("activity.app_usage", "resource.business")),
    "event": ("Event delivery", "事件推送", ("resource.app_config",)),
    "financial_access_platform": ("Financial data platform", "财务数据平台", ("resource.business",)),
    "helpdesk": ("Help desk", "服务台", ("resource.business", "comm.content")),
    "hire": ("Hiring", "招聘", ("resource.business",)),
    "human_authentication": ("Real-name verification", "实名认证", ("govid.number", "biometric.face")),
    "im": ("Messenger", "消息与群组", ("comm.content",)),
    "mail": ("Mail", "邮箱", ("comm.content",)),
    "mdm": ("Master data", "主数据", ("resource.business",)),
    "minutes": ("Minutes", "妙记", ("comm.content",)),
    "moments": ("Moments feed", "公司圈", ("content.ugc",)),
    "myai_data": ("My AI data", "个人 AI 数据", ("content.ugc",)),
    "offline_access": ("Offline access", "离线访问", ()),
    "okr": ("OKR", "OKR", ("resource.business",)),
    "optical_char_recognition": ("Text recognition", "文字识别", ("resource.cloud",)),
    "passport": ("Login sessions", "登录会话", ("activity.app_usage",)),
    "payroll": ("Payroll", "薪酬发放", ("finance.transaction", "resource.business")),
    "performance": ("Performance reviews", "绩效", ("profile.education_work", "resource.business")),
    "personal_settings": ("Personal status", "个人状态", ("account.display_profile",)),
    "report": ("Work reports", "汇报", ("resource.business",)),
    "search": ("Search", "搜索", ("resource.business",)),
    "security_and_compliance": ("Security and compliance", "安全合规", ("resource.app_config",)),
    "serviceaccount": ("Service accounts", "服务账号", ("resource.business",)),
    "sheets": ("Sheets", "电子表格", ("content.files",)),
    "slides": ("Slides", "幻灯片", ("content.files",)),
    "space": ("Drive folders", "云空间目录", ("content.files",)),
    "spark": ("Spark no-code apps", "妙搭应用", ("resource.cloud",)),
    "speech_to_text": ("Speech recognition", "语音识别", ("resource.cloud",)),
    "task": ("Tasks", "任务", ("content.ugc",)),
    "tenant": ("Organisation info", "企业信息", ("resource.app_config",)),
    "translation": ("Translation", "翻译", ("resource.cloud",)),
    "trust_party": ("Partner organisations", "关联组织", ("org.directory",)),
    "vc": ("Video meetings", "视频会议", ("comm.metadata",)),
    "verification": ("Organisation verification", "企业认证", ("resource.app_config",)),
    "wiki": ("Wiki", "知识库", ("content.files",)),
    "workplace": ("Workplace portal", "工作台", ("activity.app_usage",)),
}

# --- Words: parts of the resource name ---------------------------------------------------------
# Our own short renderings. A part missing here is shown as written in the scope name.
WORDS: dict[str, tuple[str, str]] = {
    "abnormal_reason_field": ("exception reason", "异常原因"),
    "access_event": ("access events", "访问事件"),
    "access_record": ("door access records", "门禁通行记录"),
    "access_scope": ("who may use the app", "可用范围"),
    "account": ("account", "账户"),
    "acl": ("calendar sharing rules", "日历共享规则"),
    "active_status": ("account activity status", "账号活跃状态"),
    "actual_probation_end_date": ("actual probation end date", "试用期实际结束日期"),
    "add": ("adding people", "新增人员"),
    "additional_job": ("second jobs", "兼职"),
    "additional_name": ("other names", "其他姓名"),
    "additional_nationalities": ("other nationalities", "其他国籍"),
    "address": ("home addresses", "个人地址"),
    "admin": ("app administrators", "应用管理员"),
    "admin_dept_stat": ("activity statistics by department", "按部门的活跃与使用统计"),
    "admin_id": ("app administrator IDs", "应用管理员 ID"),
    "admin_user_stat": ("activity statistics by person", "按人员的活跃与使用统计"),
    "advertisement": ("job ads", "招聘广告"),
    "agency": ("recruitment agencies", "猎头"),
    "agency_account": ("agency recruiters", "猎头供应商账号"),
    "agency_salary": ("salaries entered by agencies", "猎头填写的薪资"),
    "alert": ("alerts", "告警"),
    "all": ("all help-desk resources", "全部服务台资源"),
    "all_bp": ("all HR business partners", "全部 HRBP"),
    "all_meeting": ("every meeting in the organisation", "组织内全部会议"),
    "announcement": ("group announcements", "群公告"),
    "another_name": ("alias", "别名"),
    "apaas_id__c": ("custom field apaas_id__c", "自定义字段 apaas_id__c"),
    "app": ("apps", "应用"),
    "app_feed_card": ("app feed cards", "应用消息流卡片"),
    "app_message_stats": ("bot message statistics", "机器人消息统计"),
    "app_package": ("app packages", "应用包"),
    "app_recommend_rule": ("app recommendation rules", "应用推荐规则"),
    "app_usage_stats": ("app usage statistics", "应用使用统计"),
    "app_version": ("app versions", "应用版本"),
    "application": ("applications", "应用"),
    "approval": ("approvals", "审批"),
    "approval_groups": ("org-change approval flows", "组织架构调整流程"),
    "approvals": ("approvals", "审批"),
    "apps": ("apps", "应用"),
    "archive_cpst_plan": ("salary plan", "薪资方案"),
    "artifact": ("meeting AI outputs", "会议智能产物"),
    "artifacts": ("AI outputs", "AI 产物"),
    "assessment": ("probation assessments", "试用期考核"),
    "assign_info": ("seat assignments", "席位信息"),
    "assignment": ("overseas assignments", "外派信息"),
    "assignment_pay_group": ("assignment pay group", "外派薪资组"),
    "assignment_start_reason": ("assignment reason", "任职原因"),
    "attachment": ("attachments", "附件"),
    "audit_info": ("audit logs of user actions", "用户行为审计日志"),
    "audit_log": ("audit logs", "审计日志"),
    "auth": ("access rights", "权限"),
    "authorization": ("role assignments", "授权数据"),
    "avatar": ("profile photo", "头像"),
    "background_check_order": ("background checks", "背景调查"),
    "background_check_order_account_name": ("background-check account name", "背调账号名称"),
    "background_check_order_complete_time": ("background-check completion time", "背调完成时间"),
    "background_check_order_id": ("background-check order ID", "背调订单 ID"),
    "background_check_order_name": ("background-check name", "背调名称"),
    "background_check_order_package_name": ("background-check package", "背调套餐"),
    "background_check_order_result": ("background-check result", "背调结果"),
    "background_check_order_start_time": ("background-check start time", "背调开始时间"),
    "background_check_order_status": ("background-check status", "背调状态"),
    "background_check_order_supplier_name": ("background-check vendor", "背调供应商"),
    "background_image": ("profile card background", "名片背景图"),
    "badge": ("badges", "勋章"),
    "bank_account": ("bank accounts", "银行账户"),
    "bank_card": ("bank card images", "银行卡图片"),
    "base": ("basic information", "基本信息"),
    "base_work": ("basic job information", "基础工作信息"),
    "basic": ("basic information", "基本信息"),
    "basic_data": ("basic data", "基础数据"),
    "basic_profile": ("basic profile", "基本资料"),
    "belong_time": ("payment date", "发放日期"),
    "binding_period_offboarding_type": ("leaving within the binding period", "绑定期内离职信息"),
    "bindings": ("Exchange account links", "Exchange 账号绑定"),
    "bitable": ("Base tables", "多维表格"),
    "biz_entity_tag_relation": ("tags on chats and other items", "业务对象的标签"),
    "block": ("document blocks", "文档块"),
    "block_list": ("leaver block list", "离职屏蔽名单"),
    "body": ("message bodies", "邮件正文"),
    "born_country_region": ("country of birth", "出生国家/地区"),
    "bot": ("bot", "机器人"),
    "bot_p2p_chat": ("one-to-one chats with the bot", "与机器人的单聊"),
    "bp": ("HR business partners", "HRBP"),
    "bt": ("business trips", "出差"),
    "business_card": ("business card images", "名片图片"),
    "business_license": ("business licence images", "营业执照图片"),
    "caldav": ("CalDAV sync settings", "CalDAV 同步配置"),
    "calendar": ("calendars", "日历"),
    "card": ("cards", "卡片"),
    "category": ("app groups", "应用分组"),
    "change": ("change records", "变更记录"),
    "change_description": ("pay change notes", "调薪说明"),
    "chat": ("group chats", "群组"),
    "chat_pins": ("pinned items in chats", "群置顶内容"),
    "check_in_data": ("onboarding check-in data", "入职签到数据"),
    "check_in_record": ("clock-in records", "打卡记录"),
    "checklist_status_message": ("leaving checklist status events", "离职流转状态事件"),
    "chinese_passport": ("Chinese passport images", "中国护照图片"),
    "citizenship_status": ("citizenship status", "公民身份"),
    "collab_plugins": ("chat plug-ins", "群协作插件"),
    "collaboration": ("partner organisations", "关联组织"),
    "collaboration_rule": ("partner collaboration rules", "关联组织协作规则"),
    "collaborator": ("collaborators", "协作者"),
    "collaborators": ("app collaborators", "应用协作者"),
    "comment": ("comments", "评论"),
    "common_data": ("shared reference data", "公共数据"),
    "company": ("companies", "公司"),
    "company_bank_account": ("company bank accounts", "公司银行账户"),
    "company_manual_updated": ("company change flag", "公司主体更新状态"),
    "company_sponsored_visa": ("visa sponsorship", "签证要求"),
    "compensation": ("compensation", "薪酬"),
    "compensation_archive": ("salary records", "薪资档案"),
    "compensation_archive_detail": ("salary record details", "薪资档案明细"),
    "compensation_change_reason": ("pay change reasons", "调薪原因"),
    "compensation_indicator": ("pay indicators", "薪资指标"),
    "compensation_item": ("pay items", "薪资项"),
    "compensation_item_category": ("pay item categories", "薪资项分类"),
    "compensation_lump_sum_payment": ("one-off payments", "一次性支付"),
    "compensation_lump_sum_payment_detail": ("one-off payment details", "一次性支付明细"),
    "compensation_plan": ("pay plans", "薪资方案"),
    "compensation_plan_detail": ("pay plan details", "薪资方案明细"),
    "compensation_standards": ("pay standards", "薪资标准"),
    "compensation_type": ("pay type", "薪资类型"),
    "composite_info": ("full job details", "职位详情"),
    "contact": ("contacts", "通讯录"),
    "contacts_range": ("the app's contact range", "应用通讯录范围"),
    "content": ("content", "内容"),
    "contract": ("employment contracts", "劳动合同"),
    "contract_end_date": ("contract end date", "合同结束日期"),
    "contract_file_id": ("contract file", "合同文件"),
    "contract_number": ("contract number", "合同编号"),
    "contract_start_date": ("contract start date", "合同开始日期"),
    "contract_type": ("contract type", "合同类型"),
    "convert": ("ID conversion", "ID 转换"),
    "corehr": ("all HR data", "全部人事数据"),
    "cost_allocation": ("cost allocation", "成本分摊"),
    "cost_allocation_details": ("cost allocation details", "成本分摊明细"),
    "cost_allocation_plan": ("cost allocation plans", "成本分摊方案"),
    "cost_allocation_report": ("cost allocation totals", "成本分摊汇总"),
    "cost_center": ("cost centres", "成本中心"),
    "cost_center_id": ("cost centre", "成本中心"),
    "count": ("member counts", "人数统计"),
    "country_region": ("country and region data", "国家/地区数据"),
    "course_learner_data": ("learners' course progress", "学员课程学习数据"),
    "create": ("creation", "创建"),
    "custom_field": ("custom fields", "自定义字段"),
    "custom_fields": ("custom fields", "自定义字段"),
    "custom_org": ("custom organisations", "自定义组织"),
    "custom_org_field": ("custom organisation fields", "自定义组织字段"),
    "dashboard": ("dashboards", "仪表盘"),
    "data": ("data", "数据"),
    "data_asset": ("knowledge data assets", "数据知识资产"),
    "data_item": ("search data items", "搜索数据项"),
    "data_schemas": ("search data schemas", "搜索数据范式"),
    "data_source": ("data source", "数据来源"),
    "dataset": ("datasets", "数据集"),
    "datasync": ("data sync", "数据同步"),
    "date_entered_workforce": ("date first employed", "参加工作日期"),
    "date_of_birth": ("date of birth", "出生日期"),
    "default_cost_center": ("default cost centres", "默认成本中心"),
    "definition": ("approval definitions", "审批定义"),
    "delete": ("deletion", "删除"),
    "department": ("departments", "部门"),
    "department_path": ("department path", "部门路径"),
    "dependent": ("family members", "家庭成员"),
    "dept_order": ("order within department", "部门内排序"),
    "description": ("personal signature", "个性签名"),
    "detail": ("details", "详情"),
    "detailinfo": ("room details", "会议室明细"),
    "device": ("devices", "设备"),
    "device_apply_record": ("device self-registration requests", "设备自主申报"),
    "device_record": ("registered devices", "设备记录"),
    "devices": ("devices", "设备"),
    "direct_leader": ("direct manager", "直属上级"),
    "direct_manager": ("direct manager", "直属上级"),
    "directory": ("directory", "通讯录"),
    "doc": ("documents", "文档"),
    "docs": ("documents", "文档"),
    "document": ("documents", "文档"),
    "document_deleted": ("document-deleted events", "文档删除事件"),
    "document_edited": ("document-edited events", "文档编辑事件"),
    "document_opened": ("document-opened events", "文档打开事件"),
    "domain": ("full domain name", "完整域名"),
    "dotted_line_leader_info": ("dotted-line managers", "虚线上级"),
    "dotted_line_leaders": ("dotted-line managers", "虚线上级"),
    "dotted_line_manager": ("dotted-line manager", "虚线上级"),
    "dotted_manager": ("dotted-line manager", "虚线上级"),
    "draft": ("org-change drafts", "组织架构调整草稿"),
    "drive": ("all files in Drive", "云空间全部文件"),
    "driving_license": ("driving licence images", "驾驶证图片"),
    "duration_type": ("contract duration type", "期限类型"),
    "education": ("education history", "教育经历"),
    "ehr_import": ("e-HR import tasks", "导入 e-HR 任务"),
    "email": ("email addresses", "邮箱地址"),
    "emergency_contact": ("emergency contacts", "紧急联系人"),
    "employee": ("employees", "员工"),
    "employee_id": ("user IDs", "用户 ID"),
    "employee_number": ("employee numbers", "工号"),
    "employee_subtype": ("employee subtype", "人员子类型"),
    "employee_type": ("employee type", "人员类型"),
    "employee_type_enum": ("employee types", "人员类型"),
    "employees": ("employees", "员工"),
    "employment": ("employment records", "雇佣信息"),
    "employment_custom_field": ("employment custom fields", "工作信息自定义字段"),
    "employment_type": ("employment type", "员工类型"),
    "enable": ("turning apps on or off", "应用启停用"),
    "ent_email_password": ("company mailbox passwords", "企业邮箱密码"),
    "enterprise_email": ("company mailbox address", "企业邮箱地址"),
    "enterprise_email_alias": ("company mailbox aliases", "企业邮箱别名"),
    "entity": ("glossary entries", "词条"),
    "entry_leave_time": ("border entry and exit dates", "出入境日期"),
    "environment_variable": ("environment variables", "环境变量"),
    "evaluation": ("resume evaluations", "简历评估"),
    "event": ("events", "事件"),
    "event_subscriber": ("event subscriptions", "事件订阅"),
    "event_update_tenant": ("organisation-wide task change events", "全企业任务变更事件"),
    "exam": ("written tests", "笔试"),
    "exchange": ("Exchange", "Exchange"),
    "export": ("export tasks", "导出任务"),
    "extended_probation_period_duration": ("probation extension length", "试用期延长时长"),
    "extension_number": ("phone extension", "分机号"),
    "external_application": ("external applications", "外部投递"),
    "external_approval": ("third-party approval definitions", "三方审批定义"),
    "external_datasource_configuration": ("external data source settings", "外部数据源设置"),
    "external_datasource_record": ("external data records", "外部数据记录"),
    "external_id": ("custom ID", "自定义 ID"),
    "external_instance": ("third-party approval instances", "三方审批实例"),
    "external_offer": ("external offers", "外部 Offer"),
    "external_referral_reward": ("external referral rewards", "外部内推奖励"),
    "external_task": ("third-party approval tasks", "三方审批任务"),
    "feed_card": ("feed cards", "消息流卡片"),
    "feedback": ("feedback", "反馈"),
    "feedback_info": ("app feedback", "应用反馈"),
    "field": ("fields", "字段"),
    "field_group": ("field groups", "字段编组"),
    "file": ("files", "文件"),
    "first_name": ("first name", "名"),
    "flow": ("flows", "流程"),
    "flow_id": ("onboarding flow", "入职流程"),
    "folder": ("folders", "文件夹"),
    "food_manage_license": ("food business licence images", "食品经营许可证图片"),
    "food_produce_license": ("food production licence images", "食品生产许可证图片"),
    "form": ("forms", "表单"),
    "free_busy": ("free/busy status", "忙闲状态"),
    "function": ("functions", "函数"),
    "functional_role": ("functional roles", "角色"),
    "gender": ("gender", "性别"),
    "geo": ("data residency region", "数据驻留地"),
    "get_by_department": ("by department", "按部门"),
    "global_option": ("global option sets", "全局选项集"),
    "grant": ("badge award lists", "勋章授予名单"),
    "group": ("user groups", "用户组"),
    "group_at_msg": ("group messages that @mention the bot", "群内 @ 机器人的消息"),
    "group_info": ("group information", "群信息"),
    "group_msg": ("all group chat messages", "群聊全部消息"),
    "has_child": ("sub-department flag", "是否有子部门"),
    "has_offer_salary": ("offer salary status", "Offer 薪酬状态"),
    "health_certificate": ("health certificate images", "健康证图片"),
    "helpdesk": ("the help desk", "服务台"),
    "history": ("edit history", "历史记录"),
    "hkm_mainland_travel_permit": ("Hong Kong/Macao travel permit images", "港澳来往内地通行证图片"),
    "hrbp": ("department HR business partners", "部门 HRBP"),
    "hukou": ("household registration (hukou)", "户口信息"),
    "id": ("user IDs", "用户 ID"),
    "id_card": ("ID card images", "身份证图片"),
    "id_convert": ("ID conversion", "ID 转换"),
    "idconvert": ("ID conversion", "ID 转换"),
    "identity": ("real-name verification subjects", "实名认证主体"),
    "image": ("images", "图片"),
    "include_bot": ("mentions by other bots", "其他机器人的 @ 消息"),
    "indicators": ("pay indicators", "薪资指标"),
    "info": ("app information", "应用信息"),
    "instance": ("approval instances", "审批实例"),
    "insurance": ("social insurance types", "社保公积金险种"),
    "international_assignment": ("overseas assignments", "外派"),
    "interview": ("interviews", "面试"),
    "interviewer": ("interviewers", "面试官"),
    "ip_list": ("event source IP addresses", "事件出口 IP"),
    "is_adjust_salary": ("pay-change flag", "是否调薪"),
    "is_admin": ("administrator flag", "是否管理员"),
    "is_disabled": ("disability status", "残疾信息"),
    "is_old_alone": ("elderly-living-alone status", "孤老信息"),
    "is_primary_admin": ("super-administrator flag", "是否超级管理员"),
    "is_resigned": ("resignation status", "离职状态"),
    "items": ("pay items", "薪资项"),
    "job": ("job titles", "职务"),
    "job_change": ("job changes", "员工异动"),
    "job_data": ("job records", "任职信息"),
    "job_data_reason": ("job record reason", "任职原因"),
    "job_family": ("job families", "序列"),
    "job_grade": ("job grades", "职等"),
    "job_level": ("job levels", "职级"),
    "job_number": ("employee number", "工号"),
    "job_process": ("hiring pipelines", "招聘流程"),
    "job_requirement": ("hiring requests", "招聘需求"),
    "job_title": ("job titles", "职务"),
    "join_date": ("start date", "入职日期"),
    "knowledge": ("knowledge base", "知识库"),
    "last_attendance_date": ("last working day", "最后出勤日"),
    "last_name": ("last name", "姓"),
    "lawfirm_attorney_capacity": ("law-firm attorney capacity", "律所律师产能"),
    "leader": ("managers", "上级"),
    "leader_id": ("direct manager ID", "直属上级 ID"),
    "leave": ("leave records", "休假"),
    "leave_grant": ("leave grants", "假期授予"),
    "leave_granting_record": ("leave grant records", "假期授予记录"),
    "leave_record": ("leave records", "休假记录"),
    "leaves": ("leave records", "休假"),
    "legal_entity": ("legal entities", "法人主体"),
    "legal_name": ("legal name", "法定姓名"),
    "like": ("likes", "点赞"),
    "list": ("lists", "列表"),
    "location": ("hiring locations", "招聘地点"),
    "locations": ("work locations", "工作地点"),
    "log": ("logs", "日志"),
    "low_sensitive_info": ("basic offer details", "Offer 基础信息"),
    "lump_sum_payment": ("one-off payments", "一次性支付"),
    "mail_address": ("email addresses", "邮箱地址"),
    "mail_contact": ("mailbox contacts", "邮箱联系人"),
    "mailgroup": ("mailing lists", "邮件组"),
    "manager": ("department heads", "部门负责人"),
    "managers": ("group administrators", "群管理员"),
    "marital_status": ("marital status", "婚姻状况"),
    "martyr_family": ("martyr-family status", "烈属信息"),
    "media": ("images and attachments", "图片和附件"),
    "meeting": ("meetings", "会议"),
    "meetingevent": ("meeting events", "会议事件"),
    "meetingid": ("meeting basics", "会议基本信息"),
    "member": ("members", "成员"),
    "members": ("group members", "群成员"),
    "memory_graph_tool_call": ("memory graph lookups", "记忆图谱调用"),
    "menu": ("bot menus", "机器人菜单"),
    "menu_tree": ("group menus", "群菜单"),
    "message": ("messages", "消息"),
    "meta": ("metadata", "元数据"),
    "meta_data": ("metadata", "元数据"),
    "metadata": ("file metadata", "文件元数据"),
    "metric": ("key metrics", "关键指标"),
    "metric_lib": ("metric settings", "指标配置"),
    "minute": ("minutes files", "妙记文件"),
    "minutes": ("minutes", "妙记"),
    "mobile": ("mobile numbers", "手机号"),
    "moderation": ("who may speak in groups", "群发言权限"),
    "moments": ("company feed", "公司圈"),
    "multi_geo_entity": ("data residency", "数据驻留"),
    "myai_data": ("personal AI data", "个人 AI 数据"),
    "name": ("names", "姓名"),
    "national_id": ("ID document numbers", "证件号码"),
    "nationality": ("nationality", "国籍"),
    "native_region": ("place of origin", "籍贯"),
    "node": ("nodes", "节点"),
    "non_compete_covenant": ("non-compete status", "竞业状态"),
    "noncompete_agreement": ("non-compete terms", "竞业信息"),
    "note": ("notes", "备注"),
    "notes": ("notes", "备注"),
    "object": ("data objects", "数据对象"),
    "offboarding": ("leaving records", "离职信息"),
    "offboarding_reason": ("reasons for leaving", "离职原因"),
    "offer": ("offers", "Offer"),
    "offer_approval_template": ("offer approval settings", "Offer 审批配置"),
    "offer_salary": ("offer salaries", "Offer 薪酬"),
    "offer_schema": ("offer forms", "Offer 申请表"),
    "offer_selection_object": ("offer custom fields", "Offer 自定义字段"),
    "office_address": ("office address", "办公地址"),
    "okr": ("OKRs", "OKR"),
    "onboarding_address": ("onboarding address", "入职地址"),
    "only": ("job titles only", "仅职务"),
    "openapi_log": ("OpenAPI call logs", "OpenAPI 调用日志"),
    "operation_log": ("change logs", "操作日志"),
    "operator_name": ("menu operator names", "菜单操作人姓名"),
    "order": ("ordering", "排序"),
    "order_weight": ("sort weight", "排序权重"),
    "organization": ("organisation structure", "组织架构"),
    "organize": ("organisation structure", "组织架构"),
    "orgdraft_department_change": ("department changes", "部门调整内容"),
    "orgdraft_job_change": ("people changes", "人员调整内容"),
    "orgdraft_position_change": ("position changes", "岗位调整内容"),
    "orgrole_info": ("organisation roles", "组织角色"),
    "out": ("offboarding transfers", "转出"),
    "overtime_approval": ("overtime approvals", "加班审批"),
    "overview": ("overview", "概览"),
    "p2p_msg": ("one-to-one messages", "单聊消息"),
    "parent_id": ("parent department", "父部门"),
    "passport_number": ("passport number", "护照号码"),
    "path": ("path", "路径"),
    "pathway": ("career pathways", "通道"),
    "pay_group": ("pay group", "薪资组"),
    "pay_groups": ("pay groups", "薪资组"),
    "payment_activity": ("pay runs", "发薪活动"),
    "payment_activity_details": ("pay run details", "发薪明细"),
    "payment_details": ("payslip details", "发薪明细"),
    "payroll_calculation_item": ("payroll items", "算薪项"),
    "performance": ("performance results", "绩效结果"),
    "period": ("contract period", "合同期限"),
    "permission": ("sharing permissions", "权限设置"),
    "person": ("personal records", "个人信息"),
    "personal_profile": ("personal documents", "个人资料"),
    "personnel": ("task assignees", "任务人员"),
    "phone": ("phone numbers", "电话号码"),
    "pins": ("pinned messages", "Pin 消息"),
    "place": ("places", "地点"),
    "plan": ("salary plan", "薪资方案"),
    "political_affiliation": ("political affiliation", "政治面貌"),
    "position": ("positions", "岗位"),
    "positions": ("positions", "岗位"),
    "pre_hire": ("new hires awaiting onboarding", "待入职人员"),
    "preferred_name": ("preferred name", "常用名"),
    "presentation": ("presentations", "演示文稿"),
    "preset_data": ("preset data", "预置数据"),
    "privilege": ("task permissions", "任务权限"),
    "probation": ("probation records", "试用期"),
    "probation_end_date": ("probation end date", "试用期结束日期"),
    "probation_exist": ("probation flag", "是否有试用期"),
    "probation_expected_end_date": ("expected probation end date", "试用期预计结束日期"),
    "probation_extend_expected_end_date": ("extended probation end date", "延长后试用期结束日期"),
    "probation_outcome": ("probation result", "试用期结果"),
    "probation_start_date": ("probation start date", "试用期开始日期"),
    "process": ("HR processes", "人事流程"),
    "product_assign_info": ("licence seats", "席位信息"),
    "progress": ("progress updates", "进展"),
    "public_mailbox": ("shared mailboxes", "公共邮箱"),
    "public_mailbox_geo": ("shared mailbox data residency", "公共邮箱数据驻留地"),
    "questionnaire": ("interview surveys", "面试满意度问卷"),
    "race": ("ethnicity", "民族/种族"),
    "reactions": ("emoji reactions", "表情回复"),
    "record": ("records", "记录"),
    "record_permission": ("record permissions", "记录权限"),
    "recruitment_project_id": ("hiring project", "招聘项目"),
    "recurring_payment": ("recurring payments", "经常性支付"),
    "referral": ("referrals", "内推"),
    "referral_account": ("referral accounts", "内推账户"),
    "referral_website": ("referral site", "内推官网"),
    "relation": ("relations", "关联"),
    "religion": ("religion", "宗教信仰"),
    "remark": ("remarks", "备注"),
    "report": ("reports", "报表"),
    "reserve": ("meeting bookings", "会议预约"),
    "resident_tax": ("tax residency", "居民身份"),
    "resident_tax_custom_field": ("tax residency custom fields", "居民身份自定义字段"),
    "resign": ("resignation", "离职"),
    "resign_date": ("leaving date", "离职日期"),
    "resign_reason": ("reason for leaving", "离职原因"),
    "resign_remark": ("leaving notes", "离职备注"),
    "resign_time": ("leaving time", "离职时间"),
    "resign_type": ("leaving type", "离职类型"),
    "resource": ("images and files", "图片和文件"),
    "resume": ("resumes", "简历"),
    "resurrect": ("rehiring leavers", "恢复离职员工"),
    "retain_account": ("account retention after leaving", "离职后保留账号"),
    "return_amount_after_tax": ("amount to repay after tax", "应退回金额（税后）"),
    "return_amount_before_tax": ("amount to repay before tax", "应退回金额（税前）"),
    "review": ("reviews", "复盘"),
    "review_template": ("review forms", "评估配置"),
    "revoke": ("withdrawal", "撤销"),
    "role": ("roles", "角色"),
    "room": ("meeting rooms", "会议室"),
    "roomlevel": ("room hierarchy", "会议室层级"),
    "rooms": ("meeting rooms", "会议室"),
    "rule": ("rules", "规则"),
    "run": ("runs", "运行"),
    "salary_level": ("salary band", "薪级薪等"),
    "score": ("scores", "评分"),
    "search": ("search results", "搜索结果"),
    "seat_activities": ("seat activity", "席位活跃情况"),
    "seat_assignments": ("seat assignments", "席位分配"),
    "sec_label": ("security labels", "密级标签"),
    "section": ("task sections", "任务分组"),
    "security": ("security", "安全"),
    "security_group": ("security groups", "安全组"),
    "selector": ("member picker", "人员选择器"),
    "self_review": ("self-reviews", "自评"),
    "semester": ("review cycles", "绩效周期"),
    "semester_activity": ("cycle and project settings", "周期与项目配置"),
    "semester_user": ("people in a review cycle", "周期人员"),
    "send_as_user": ("sending as the user", "以用户身份发送"),
    "seniority_adjust_information": ("seniority adjustments", "司龄调整"),
    "service_company": ("employing company", "任职公司"),
    "session": ("sessions", "会话"),
    "session_mask": ("masked login sessions", "脱敏登录信息"),
    "setting": ("settings", "设置"),
    "settings": ("settings", "设置"),
    "signature": ("e-signature details", "电子签信息"),
    "signature_file": ("signed files", "电子签文件"),
    "signature_template": ("e-signature templates", "电子签模板"),
    "signing_type": ("signing type", "签订类型"),
    "site": ("careers site", "招聘官网"),
    "site_application": ("careers-site applications", "官网投递"),
    "site_job_post": ("careers-site job posts", "官网职位"),
    "skill": ("skills", "技能"),
    "social_adjust_record": ("social insurance enrolment changes", "增减员记录"),
    "social_archive": ("social insurance records", "参保档案"),
    "social_insurance": ("social insurance", "社保信息"),
    "social_plan": ("social insurance plans", "参保方案"),
    "social_security_city": ("social insurance city", "社保城市"),
    "space": ("spaces", "空间"),
    "speech": ("speech", "语音"),
    "spend": ("spend categories", "费用类型"),
    "spreadsheet": ("spreadsheets", "电子表格"),
    "sql_commands": ("SQL statements", "SQL 语句"),
    "staff_status": ("employment status", "人事状态"),
    "statistics": ("statistics", "统计信息"),
    "status": ("status", "状态"),
    "status_message_v2": ("leaving status events", "离职状态事件"),
    "status_update_event": ("job change status events", "异动状态事件"),
    "storage": ("file storage", "文件存储"),
    "subject": ("hiring projects", "招聘项目"),
    "submit": ("submission", "提交"),
    "submit2": ("submission", "提交"),
    "subscription": ("document subscriptions", "文档订阅"),
    "subscription_ids": ("licence seats", "席位"),
    "suspected_rehiring": ("possible rehire flag", "疑似重聘"),
    "table": ("tables", "数据表"),
    "tabs": ("group tabs", "群标签页"),
    "tag": ("tags", "标签"),
    "talent": ("candidates", "人才"),
    "talent_blocklist": ("candidate block list", "人才屏蔽名单"),
    "talent_folder": ("talent pools", "人才库"),
    "talent_folder_association": ("talent pool membership", "人才库归属"),
    "talent_onboard_status": ("candidate onboarding status", "人才入职状态"),
    "talent_tag": ("candidate tags", "人才标签"),
    "task": ("tasks", "任务"),
    "tasklist": ("task lists", "任务清单"),
    "taxi_invoice": ("taxi receipt images", "出租车发票图片"),
    "template": ("templates", "模板"),
    "tenant": ("the organisation", "租户"),
    "text": ("text", "文本"),
    "time_off": ("time-off events", "请假日程"),
    "time_sensitive": ("time-sensitive reminders", "即时提醒"),
    "timeoff": ("time-off events", "请假日程"),
    "to_be_resigned": ("people about to leave", "待离职员工"),
    "todo": ("hiring to-dos", "招聘待办"),
    "top_notice": ("pinned notices", "群置顶"),
    "train_invoice": ("train ticket images", "火车票图片"),
    "transcript": ("transcripts", "文字转写"),
    "transfer_reason": ("transfer reasons", "异动原因"),
    "transfer_type": ("transfer types", "异动类型"),
    "tripartite_agreement": ("graduate tripartite agreements", "三方协议"),
    "tw_mainland_travel_permit": ("Taiwan travel permit images", "台湾往来大陆通行证图片"),
    "unit": ("business units", "单位"),
    "update": ("updates", "更新"),
    "update_event": ("change events", "变更事件"),
    "update_event_v2": ("change events", "变更事件"),
    "update_field_message": ("field change events", "字段变更事件"),
    "urgent": ("urgent (buzz) alerts", "加急提醒"),
    "url_preview": ("link previews", "链接预览"),
    "user": ("users", "用户"),
    "user_access_token": ("user access tokens", "用户访问凭证"),
    "user_agent": ("client version details", "客户端信息"),
    "user_auth": ("user data-scope bindings", "用户数据权限"),
    "user_geo": ("data residency region", "数据驻留地"),
    "user_mailbox": ("mailboxes", "用户邮箱"),
    "user_migration": ("user data migration", "用户数据迁移"),
    "user_migration_task": ("user data migration tasks", "用户数据迁移任务"),
    "user_profile": ("profile cards", "用户名片"),
    "user_snapshot": ("employee snapshots", "员工快照"),
    "user_usable": ("who may use apps", "应用可用范围"),
    "users": ("door access users", "门禁用户"),
    "vat_invoice": ("VAT invoice images", "增值税发票图片"),
    "vehicle_invoice": ("vehicle invoice images", "机动车发票图片"),
    "vehicle_license": ("vehicle licence images", "行驶证图片"),
    "vendor": ("vendors", "供应商"),
    "verbatim": ("verbatim transcripts", "逐字稿"),
    "verification_information": ("verification status", "认证信息"),
    "version": ("versions", "版本"),
    "view": ("views", "视图"),
    "view_record": ("who opened files", "文件访问记录"),
    "visibility": ("who can see apps", "应用可见范围"),
    "weekly_working_hours": ("weekly working hours", "周工作时长"),
    "whiteboard": ("whiteboards", "画板"),
    "widgets": ("group widgets", "群小组件"),
    "wiki": ("wiki spaces", "知识库"),
    "withdrawn_reason": ("withdrawal reason", "撤销原因"),
    "work": ("work details", "工作信息"),
    "work_calendar": ("work calendar", "工作日历"),
    "work_city": ("work cities", "工作城市"),
    "work_country_or_region": ("work country or region", "工作国家/地区"),
    "work_experience": ("work history", "工作履历"),
    "work_location": ("work location", "工作地点"),
    "work_place": ("work place", "工作地点"),
    "work_shift": ("shift pattern", "排班"),
    "work_station": ("desk location", "工位"),
    "workflow": ("automations", "自动化流程"),
    "workforce_detail": ("headcount details", "编制明细"),
    "workforce_plan": ("headcount plans", "编制规划"),
    "workforce_plan_centralized_reporting_project_detail": ("headcount reporting projects", "编制集中填报项目"),
    "workforce_type": ("workforce type", "人员类型"),
    "workhour": ("working hours", "工作时间"),
    "working_calendar": ("work calendar", "工作日历"),
    "working_hours_type": ("working-hours scheme", "工时制度"),
    "workplace_using_data": ("portal usage data", "工作台使用数据"),
    "workspace": ("workspaces", "工作空间"),
}

# --- Actions: the part after the last colon ----------------------------------------------------
# (English verb, Chinese verb, access levels). "full" is a scope name with no action part.
ACTIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "full": ("view and manage", "查看和管理", FULL),
    "read": ("read", "读取", (R,)),
    "readonly": ("read", "读取", (R,)),
    "read_only": ("read", "读取", (R,)),
    "retrieve": ("look up", "查询", (R,)),
    "list": ("list", "列出", (R,)),
    "search": ("search", "搜索", (R,)),
    "basic": ("read basic details of", "读取基础信息：", (R,)),
    "write": ("read and change", "读写", (R, C, M, D)),
    "write_only": ("create or change", "创建或修改", (C, M)),
    "writeonly": ("create or change", "创建或修改", (C, M)),
    "create": ("create", "创建", (C,)),
    "create_by_user": ("create, as you,", "以你的身份创建", (C,)),
    "update": ("update", "更新", (M,)),
    "patch": ("update", "更新", (M,)),
    "modify": ("change", "修改", (M,)),
    "delete": ("delete", "删除", (D,)),
    "copy": ("copy", "复制", (C,)),
    "move": ("move", "移动", (M,)),
    "upload": ("upload", "上传", (C,)),
    "upload_file": ("upload files to", "上传文件到", (C,)),
    "download": ("download", "下载", (R,)),
    "export": ("export", "导出", (R,)),
    "import": ("import", "导入", (C,)),
    "convert": ("turn text into", "把文本转换为", (C,)),
    "subscribe": ("subscribe to", "订阅", (R,)),
    "reply": ("reply to", "回复", (M,)),
    "publish": ("publish", "发布", (M,)),
    "archive": ("archive", "封存", (M,)),
    "monitor": ("receive status changes of", "接收状态变更：", (R,)),
    "check": ("check", "校验", (R,)),
    "auth": ("check your access to", "校验你对以下内容的权限：", (R,)),
    "ask": ("ask questions of", "向以下内容提问：", (R,)),
    "access": ("use", "访问", (R,)),
    "version": ("view, create and delete versions of", "查看、创建和删除版本：", (R, C, D)),
    "shortcut": ("create shortcuts to", "创建快捷方式：", (C,)),
    "transfer": ("transfer ownership of", "转移所有权：", (A,)),
    "recall": ("recall", "撤回", (D,)),
    "logout": ("sign people out of", "登出", (A,)),
    "exempt_delete": ("delete, skipping review,", "免审删除", (D, A)),
    "exempt_review": ("create or change, skipping review,", "免审创建或修改", (C, M, A)),
    "self_manage": ("manage the app's own", "管理应用自身的", (A,)),
    "complete": ("complete", "完成", (M,)),
    "terminate": ("end", "终止", (M,)),
    "restore_flow_instance": ("restore onboarding of", "恢复入职：", (M,)),
    "transform_onboarding_task": ("move onboarding tasks of", "流转入职任务：", (M,)),
    "transit_tasks": ("move onboarding tasks of", "流转入职任务：", (M,)),
    "withdraw_onboarding": ("cancel onboarding of", "撤销入职：", (M,)),
    "check_work_email": ("check work email of", "校验工作邮箱：", (R,)),
    "list_by_user": ("list, per person,", "按人员列出", (R,)),
    "get_as_user": ("read, as you,", "以你的身份读取", (R,)),
    "bot_access": ("receive join/leave events for", "接收进出群事件：", (R,)),
    "operate_as_owner": ("act as owner on", "以群主身份操作", (A,)),
    "recognize": ("recognise text in", "识别", ("cloud",)),
    "recoginze": ("recognise text in", "识别", ("cloud",)),
    "field_extract": ("extract fields from", "提取字段：", ("cloud",)),
    "multi-geo": ("manage across data regions", "跨数据驻留地管理", (A,)),
    "system_status_operate": ("turn system status on or off for", "开启或关闭系统状态：", (M,)),
    "system_status_update": ("read and update system status of", "读取并更新系统状态：", (R, M)),
    "access_all": ("manage all content of", "管理全部内容：", (R, C, M, D, A)),
    "generate_caldav_conf": ("generate CalDAV settings for", "生成 CalDAV 配置：", (C,)),
    "update_department_id": ("change department IDs in", "修改部门 ID：", (M,)),
    "update_user_id": ("change user IDs in", "修改用户 ID：", (M,)),
    "readonly_as_app": ("read, as the app,", "以应用身份读取", (R,)),
    "access_as_app": ("access, as the app,", "以应用身份访问", (R,)),
    "access_as_user": ("access, as you,", "以你的身份访问", (R,)),
    "grant": ("manage award lists of", "管理授予名单：", (R, C, M, D)),
    "send": ("send", "发送", (S,)),
    "app_send": ("send in-app", "应用内发送", (S,)),
    "phone_send": ("send by phone call", "电话发送", (S,)),
    "sms_send": ("send by SMS", "短信发送", (S,)),
}

# A resource part that names an operation ("directory:department.create:write"): the scope allows
# that operation on the part before it.
OPERATIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "create": ("create", "创建", (C,)),
    "delete": ("delete", "删除", (D,)),
    "update": ("update", "更新", (M,)),
    "add": ("add", "新增", (C,)),
    "resign": ("record the departure of", "办理离职：", (M,)),
    "resurrect": ("restore departed", "恢复离职的", (M,)),
    "to_be_resigned": ("update planned departures of", "更新待离职的", (M,)),
    "submit": ("submit", "提交", (C,)),
    "submit2": ("submit", "提交", (C,)),
    "revoke": ("withdraw", "撤销", (M,)),
}

# Parts that are only containers: skipped when they would be the context of a title.
CONTAINERS = {
    "base", "work", "app", "apps", "application", "bot", "security", "exchange", "permission", "event",
    "chat", "message", "name", "setting", "settings", "meta", "data", "common_data", "user_mailbox",
    "minutes", "meeting", "rooms", "feedback", "custom_field",
}

# Module-specific renderings of a part.
MODULE_WORDS: dict[tuple[str, str], tuple[str, str]] = {
    ("base", "app"): ("Base files", "多维表格文件"),
    ("block", "entity"): ("block entities", "小组件实体"),
    ("block", "message"): ("block messages", "小组件消息"),
    ("hire", "application"): ("job applications", "投递"),
    ("hire", "job"): ("job openings", "职位"),
    ("hire", "employee"): ("hired people", "已入职的招聘对象"),
    ("okr", "period"): ("OKR periods", "OKR 周期"),
    ("okr", "content"): ("OKR content", "OKR 内容"),
    ("report", "report"): ("work reports", "汇报"),
    ("report", "task"): ("report tasks", "汇报任务"),
    ("report", "rule"): ("report rules", "汇报规则"),
    ("approval", "task"): ("approval tasks", "审批任务"),
    ("approval", "list"): ("the list of approval types", "审批定义列表"),
    ("attendance", "rule"): ("attendance rules", "打卡规则"),
    ("wiki", "node"): ("wiki pages", "知识库节点"),
    ("wiki", "space"): ("wiki spaces", "知识空间"),
    ("wiki", "member"): ("wiki space members", "知识空间成员"),
    ("wiki", "setting"): ("wiki space settings", "知识空间设置"),
    ("space", "document"): ("documents and folders", "云文档与文件夹"),
    ("vc", "record"): ("meeting recordings", "会议录制"),
    ("vc", "report"): ("meeting reports", "会议报告"),
    ("vc", "export"): ("meeting data exports", "会议数据导出"),
    ("minutes", "media"): ("audio and video", "音视频"),
    ("docs", "member"): ("collaborators", "协作者"),
    ("docs", "setting"): ("sharing settings", "权限设置"),
    ("app_engine", "apps"): ("low-code apps", "低代码应用"),
    ("attendance_machine", "users"): ("attendance machine users", "考勤机用户"),
    ("im", "tag"): ("chat tags", "会话标签"),
    ("corehr", "report"): ("HR reports", "人事报表"),
    ("hire", "report"): ("hiring reports", "招聘报表"),
    ("calendar", "calendar"): ("calendars", "日历"),
    ("task", "task"): ("tasks", "任务"),
}

# Work details of a person; in the directory modules they also count as job information.
WORK_FIELDS = {
    "job_title", "join_date", "job_level", "job_family", "employment_type", "employment", "staff_status",
    "resign_date", "resign_reason", "resign_remark", "resign_type", "resign_time", "is_resigned",
    "job_number", "positions", "base_work", "work_place", "work_station", "work_country_or_region",
    "leader", "leader_id", "dotted_line_leaders", "dotted_line_leader_info", "department", "department_path",
    "dept_order", "employee_number", "active_status", "direct_leader", "is_admin", "is_primary_admin", "role",
}

# Resource parts whose write access means changing who may see or do what.
PERMISSION_PARTS = {
    "permission", "acl", "collaborator", "collaborators", "role", "member", "members", "managers",
    "privilege", "visibility", "authorization", "auth", "record_permission", "access_scope",
    "contacts_range", "user_auth", "admin", "functional_role", "security_group", "orgrole_info",
}

# Parts that show the data is about a person (so "name", "email" … are that person's).
PERSON_PARTS = {
    "person", "employee", "employees", "user", "pre_hire", "talent", "agency", "mail_contact",
    "employment", "offboarding", "probation", "job_change", "additional_job", "international_assignment",
    "job_data", "dependent", "emergency_contact",
}

PAY = ("finance.credit_assets",)
FIELD_CATEGORIES: dict[str, tuple[str, ...]] = {
    "bank_account": ("finance.account",),
    "national_id": ("govid.number",),
    "passport_number": ("govid.number",),
    "hukou": ("govid.number", "contact.postal_address"),
    "resident_tax": ("govid.number",),
    "resident_tax_custom_field": ("govid.number",),
    "citizenship_status": ("profile.basic",),
    "nationality": ("profile.basic",),
    "additional_nationalities": ("profile.basic",),
    "born_country_region": ("profile.basic",),
    "native_region": ("profile.basic",),
    "date_of_birth": ("profile.basic",),
    "gender": ("profile.basic",),
    "marital_status": ("profile.marital_family",),
    "dependent": ("profile.marital_family",),
    "martyr_family": ("profile.marital_family",),
    "is_old_alone": ("profile.marital_family",),
    "emergency_contact": ("social.contacts",),
    "education": ("profile.education_work",),
    "work_experience": ("profile.education_work",),
    "date_entered_workforce": ("profile.education_work",),
    "political_affiliation": ("special.political_union",),
    "religion": ("special.religion",),
    "race": ("special.ethnicity",),
    "is_disabled": ("health.medical",),
    "address": ("contact.postal_address",),
    "phone": ("contact.phone",),
    "mobile": ("contact.phone",),
    "extension_number": ("contact.phone",),
    "email": ("contact.email",),
    "enterprise_email": ("contact.email",),
    "enterprise_email_alias": ("contact.email",),
    "mail_address": ("contact.email",),
    "legal_name": ("profile.name",),
    "name": ("profile.name",),
    "another_name": ("profile.name",),
    "first_name": ("profile.name",),
    "last_name": ("profile.name",),
    "additional_name": ("profile.name",),
    "preferred_name": ("profile.name",),
    "entry_leave_time": ("location.lodging_travel",),
    "avatar": ("account.display_profile",),
    "background_image": ("account.display_profile",),
    "description": ("account.display_profile",),
    "personal_profile": ("profile.basic", "profile.education_work"),
    "background_check_order": ("special.criminal", "profile.education_work"),
    "background_check_order_result": ("special.criminal", "profile.education_work"),
    "compensation": PAY,
    "compensation_archive": PAY,
    "compensation_archive_detail": PAY,
    "compensation_standards": PAY,
    "compensation_type": PAY,
    "compensation_lump_sum_payment": PAY,
    "compensation_lump_sum_payment_detail": PAY,
    "lump_sum_payment": PAY,
    "recurring_payment": PAY,
    "salary_level": PAY,
    "offer_salary": PAY,
    "agency_salary": PAY,
    "has_offer_salary": PAY,
    "is_adjust_salary": PAY,
    "archive_cpst_plan": PAY,
    "pay_group": PAY,
    "assignment_pay_group": PAY,
    "return_amount_after_tax": PAY,
    "return_amount_before_tax": PAY,
    "social_archive": ("finance.account",),
    "social_adjust_record": ("finance.account",),
    "social_insurance": ("finance.account",),
    "social_security_city": ("finance.account",),
    "payment_details": ("finance.transaction",),
    "payment_activity_details": ("finance.transaction",),
    "performance": ("profile.education_work",),
    "resume": ("profile.education_work",),
    "leave": ("schedule.calendar", "profile.education_work"),
    "leaves": ("schedule.calendar", "profile.education_work"),
    "leave_record": ("schedule.calendar", "profile.education_work"),
    "check_in_data": ("activity.app_usage",),
    "view_record": ("activity.app_usage",),
    "like": ("activity.app_usage",),
    "document_opened": ("activity.app_usage",),
    "audit_log": ("activity.app_usage",),
    "audit_info": ("activity.app_usage",),
    "openapi_log": ("activity.app_usage",),
    "admin_user_stat": ("activity.app_usage",),
    "admin_dept_stat": ("activity.app_usage",),
    "app_usage_stats": ("activity.app_usage",),
    "app_message_stats": ("activity.app_usage",),
    "seat_activities": ("activity.app_usage",),
    "workplace_using_data": ("activity.app_usage",),
    "device_record": ("device.hardware_id",),
    "device_apply_record": ("device.hardware_id",),
    "session_mask": ("activity.app_usage", "device.hardware_id"),
    "ent_email_password": ("auth.secret",),
    "caldav": ("auth.secret",),
    "user_access_token": ("account.identifier",),
}
# Fields whose rule applies only when the data is about a person.
PERSON_ONLY = {"name", "email", "phone", "mobile", "address", "gender", "description"}

# Employee-record resources of the HR modules: they also expose job details.
EMPLOYEE_PARTS = {
    "employee", "employees", "employment", "job_data", "person", "pre_hire", "offboarding", "probation",
    "job_change", "additional_job", "international_assignment", "contract", "talent", "application",
    "interview", "offer", "referral", "evaluation", "exam", "note", "external_application",
    "external_offer", "site_application", "talent_folder", "talent_tag", "talent_blocklist",
    "questionnaire", "todo", "tripartite_agreement", "user_snapshot", "semester_user", "bp", "all_bp",
    "authorization", "out", "process",
}

# Module-specific overrides of the base categories, keyed by (module, resource part).
PART_CATEGORIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("im", "chat"): ("comm.metadata",),
    ("im", "members"): ("comm.metadata",),
    ("im", "managers"): ("comm.metadata",),
    ("im", "announcement"): ("comm.content",),
    ("im", "tabs"): ("comm.metadata",),
    ("im", "menu_tree"): ("comm.metadata",),
    ("im", "moderation"): ("comm.metadata",),
    ("im", "top_notice"): ("comm.metadata",),
    ("im", "widgets"): ("comm.metadata",),
    ("im", "chat_pins"): ("comm.metadata",),
    ("im", "collab_plugins"): ("comm.metadata",),
    ("im", "group_info"): ("comm.metadata",),
    ("im", "pins"): ("comm.metadata",),
    ("im", "reactions"): ("comm.metadata",),
    ("im", "tag"): ("comm.metadata",),
    ("im", "biz_entity_tag_relation"): ("comm.metadata",),
    ("im", "access_event"): ("comm.metadata",),
    ("im", "user_agent"): ("activity.app_usage",),
    ("mail", "folder"): ("comm.metadata",),
    ("mail", "rule"): ("comm.mail_routing",),
    ("mail", "mail_contact"): ("social.contacts",),
    ("mail", "mailgroup"): ("org.directory",),
    ("mail", "public_mailbox"): ("comm.content",),
    ("mail", "public_mailbox_geo"): ("resource.app_config",),
    ("calendar", "room"): ("resource.business",),
    ("calendar", "bindings"): ("resource.app_config", "contact.email"),
    ("calendar", "acl"): ("schedule.calendar",),
    ("vc", "record"): ("comm.content",),
    ("vc", "note"): ("comm.content",),
    ("vc", "artifact"): ("comm.content",),
    ("vc", "meeting"): ("schedule.calendar", "comm.metadata"),
    ("vc", "reserve"): ("schedule.calendar",),
    ("vc", "room"): ("resource.business",),
    ("vc", "rooms"): ("resource.business",),
    ("vc", "alert"): ("resource.app_config",),
    ("search", "message"): ("comm.content",),
    ("search", "docs"): ("content.files",),
    ("search", "app"): ("resource.app_config",),
    ("search", "department"): ("org.directory",),
    ("search", "memory_graph_tool_call"): ("content.ugc",),
    ("acs", "users"): ("biometric.face", "org.directory"),
    ("acs", "access_record"): ("activity.app_usage", "location.precise", "biometric.face"),
    ("acs", "device"): ("resource.business",),
    ("acs", "devices"): ("resource.business",),
    ("attendance", "task"): ("activity.app_usage", "location.precise"),
    ("attendance", "rule"): ("resource.business",),
    ("attendance", "overtime_approval"): ("resource.business",),
    ("attendance_machine", "device"): ("resource.business",),
    ("attendance_machine", "users"): ("org.directory", "biometric.other"),
    ("aily", "message"): ("content.ugc",),
    ("aily", "session"): ("content.ugc",),
    ("aily", "knowledge"): ("content.files",),
    ("aily", "data_asset"): ("content.files",),
    ("aily", "file"): ("content.files",),
    ("app_engine", "record"): ("resource.business",),
    ("app_engine", "table"): ("resource.business",),
    ("app_engine", "sql_commands"): ("resource.business",),
    ("app_engine", "attachment"): ("resource.business",),
    ("app_engine", "approval"): ("resource.business",),
    ("spark", "table"): ("resource.business",),
    ("spark", "sql_commands"): ("resource.business",),
    ("spark", "storage"): ("resource.business",),
    ("spark", "record"): ("resource.business",),
    ("passport", "session"): ("resource.app_config",),
    ("payroll", "cost_allocation_details"): ("resource.business",),
    ("payroll", "cost_allocation_plan"): ("resource.business",),
    ("payroll", "cost_allocation_report"): ("resource.business",),
    ("payroll", "external_datasource_configuration"): ("resource.app_config",),
    ("payroll", "pay_groups"): ("resource.business",),
    ("payroll", "payroll_calculation_item"): ("resource.business",),
    ("mdm", "user_auth"): ("resource.app_config",),
    ("docs", "event"): ("content.files",),
    ("space", "event"): ("content.files",),
    ("hire", "location"): ("resource.business",),
}


def words(parts: list[str], module: str = "") -> tuple[str, str]:
    """The object of the title: the last resource part, with an earlier non-container part as context."""
    person = any(p in PERSON_PARTS for p in parts)

    def en(p: str) -> str:
        return MODULE_WORDS.get((module, p), WORDS.get(p, (p.replace("_", " "), p)))[0]

    def zh(p: str) -> str:
        if p == "name" and not person:
            return "名称"
        return MODULE_WORDS.get((module, p), WORDS.get(p, (p.replace("_", " "), p)))[1]

    if not parts:
        return "", ""
    head = parts[-1]
    ctx = None
    for p in reversed(parts[:-1]):
        if p not in CONTAINERS and p != head:
            ctx = p
            break
    if ctx is None:
        return en(head), zh(head)
    return f"{en(head)} of {en(ctx)}", f"{zh(ctx)}的{zh(head)}"


def O(title, title_zh, grants=None, *, narrower=None, none=None, note=None, mods=None, identity=False,
      implies=None, cls=None, source=None):
    return {k: v for k, v in dict(
        title=title, title_zh=title_zh, grants=grants, narrower=narrower, none=none, note=note, mods=mods,
        identity=identity or None, implies=implies, cls=cls, source=source).items() if v is not None}


MAILREAD = ["comm.content:read.all", "comm.metadata:read.all", "comm.inbox:read.all"]

# --- Hand-written entries: the scopes people meet most ------------------------------------------
OVERRIDES: dict[str, dict] = {
    "offline_access": O(
        "Keep access when you are not using the app: the app gets a refresh token and can renew its access on its own",
        "离线访问：应用获得刷新令牌，你不在使用时也能自行续期访问",
        [], mods=["offline"], identity=True, none="Either the app gets a refresh token or it does not.",
        source=REFRESH,
        note="Grants no data by itself (identity_only is set only because the format needs a grant or a flag). Feishu returns refresh_token only when offline_access is both enabled on the app and listed in the scope parameter of the authorization URL (refresh page and authorize page, open.feishu.cn). Feishu's own CLI adds it to every login it starts (larksuite/cli internal/auth/device_flow.go)."),
    # Contacts
    "contact:contact.base:readonly": O(
        "Read basic directory data: colleagues' names, IDs and departments within the range the app may see",
        "读取通讯录基础信息：应用可见范围内同事的姓名、ID 和部门",
        ["org.directory:read.all", "profile.name:read.all"],
        none="The basic directory read; sensitive fields (phone, email, employee number …) each need their own field scope.",
        note="Feishu's authorize page uses this scope as its example. Other user fields are returned only with the matching field scopes (contact:user.email:readonly, contact:user.phone:readonly …)."),
    "contact:contact:readonly": O(
        "Read the organisation's directory (legacy scope)", "读取通讯录（旧版权限）",
        ["org.directory:read.all", "profile.name:read.all"],
        narrower=[("contact:contact.base:readonly", "colleagues' basic directory data only")]),
    "contact:contact:readonly_as_app": O(
        "Read the whole directory as the app, within the contact range the administrator set",
        "以应用身份读取通讯录（管理员设定的通讯录范围内）",
        ["org.directory:read.all", "profile.name:read.all"], mods=["org_wide", "admin_consent"],
        narrower=[("contact:contact.base:readonly", "basic directory data only")]),
    "contact:contact:access_as_app": O(
        "Access the directory as the app (legacy scope)", "以应用身份访问通讯录（旧版权限）",
        ["org.directory:read.all", "profile.name:read.all"], mods=["org_wide", "admin_consent"],
        narrower=[("contact:contact.base:readonly", "basic directory data only")]),
    "contact:contact:access_as_user": O(
        "Access the directory as you (legacy scope)", "以你的身份访问通讯录（旧版权限）",
        ["org.directory:read.all", "profile.name:read.all"],
        narrower=[("contact:contact.base:readonly", "basic directory data only")]),
    "contact:contact": O(
        "Change the organisation's directory: create, update and delete users and departments",
        "修改通讯录：创建、更新和删除成员与部门",
        ["org.directory:read.all", "org.directory:write.create", "org.directory:write.modify", "org.directory:write.delete", "org.directory:admin"],
        narrower=[("contact:contact.base:readonly", "read basic directory data without changing it")]),
    "contact:user.base:readonly": O(
        "Read people's basic profile: name, English name, profile photo and status",
        "读取用户基本信息：姓名、英文名、头像和状态",
        ["profile.name:read.all", "account.display_profile:read.all", "org.directory:read.all"],
        none="Field-level scope: it adds these fields to directory and user-info answers."),
    "contact:user.basic_profile:readonly": O(
        "Read people's basic profile (name and photo)", "读取用户的基本资料（姓名与头像）",
        ["profile.name:read.all", "account.display_profile:read.all", "org.directory:read.all"],
        none="Field-level scope; Feishu's CLI asks for it beside message and search scopes."),
    "contact:user.email:readonly": O(
        "Read people's email addresses (including your own, through the user-info API)",
        "读取用户邮箱（包括通过用户信息接口读取你本人的邮箱）",
        ["contact.email:read.all", "org.directory:read.all"],
        source=USER_INFO, none="Field-level scope for one field.",
        note="Also a field scope of authen/v1/user_info (the signed-in user's own data) and of the directory APIs (colleagues' data). Feishu's user-info page warns that these addresses were entered by administrators and not verified by the user."),
    "contact:user.phone:readonly": O(
        "Read people's mobile phone numbers (including your own, through the user-info API)",
        "读取用户手机号（包括通过用户信息接口读取你本人的手机号）",
        ["contact.phone:read.all", "org.directory:read.all"],
        source=USER_INFO, none="Field-level scope for one field.",
        note="Also a field scope of authen/v1/user_info. Feishu's user-info page warns that numbers were entered by administrators and not verified by the user."),
    "contact:user.employee_id:readonly": O(
        "Read people's user_id, the ID that is the same in every app of the organisation",
        "读取用户的 user_id（同一企业内所有应用通用的 ID）",
        ["account.identifier:read.all", "org.directory:read.all"],
        source=USER_INFO, none="Field-level scope for one identifier.",
        note="user_id links a person across every app of the tenant, unlike the per-app open_id."),
    "contact:user.employee:readonly": O(
        "Read people's employment details: employee type, employee number, job title, city, join date, manager",
        "读取用户受雇信息：人员类型、工号、职务、城市、入职时间、上级等",
        ["profile.education_work:read.all", "org.directory:read.all"],
        source=USER_INFO, none="Field-level scope."),
    "contact:user.employee_number:read": O(
        "Read people's employee numbers", "读取成员工号",
        ["profile.education_work:read.all", "org.directory:read.all"], none="Field-level scope for one field."),
    "contact:user.gender:readonly": O(
        "Read people's gender", "读取用户性别",
        ["profile.basic:read.all", "org.directory:read.all"], none="Field-level scope for one field."),
    "contact:user.department:readonly": O(
        "Read which departments people belong to", "读取用户所属部门",
        ["org.directory:read.all", "profile.education_work:read.all"], none="Field-level scope."),
    "contact:user.department_path:readonly": O(
        "Read the full department path of people", "读取成员所在部门的完整路径",
        ["org.directory:read.all", "profile.education_work:read.all"], none="Field-level scope."),
    "contact:user.id:readonly": O(
        "Look up a person's IDs from their mobile number or email address",
        "通过手机号或邮箱查询用户 ID",
        ["account.identifier:read.all", "org.directory:read.all"], none="A single lookup API.",
        note="Lets the app test whether a given phone number or email belongs to someone in the organisation."),
    "contact:user:search": O(
        "Search the directory for people, as you", "以你的身份搜索通讯录中的人",
        ["org.directory:read.all", "profile.name:read.all"], none="A single search API."),
    "contact:user.base": O(
        "Change people's basic profile information", "修改用户基本信息",
        ["org.directory:write.modify", "profile.name:write.modify"],
        narrower=[("contact:user.base:readonly", "read the same fields without changing them")]),
    "contact:user.user_geo": O(
        "Read which data-residency region each person's data is stored in", "读取成员的数据驻留地",
        ["org.directory:read.all"], none="Field-level scope for one field."),
    # Messenger
    "im:message": O(
        "Read and send messages in one-to-one and group chats (with the bot, or as you together with im:message.send_as_user)",
        "读取并发送单聊和群聊消息（以机器人身份；与 im:message.send_as_user 一起时以你的身份）",
        ["comm.content:read.all", "comm.content:act.send", "comm.metadata:read.all"],
        narrower=[("im:message:readonly", "read messages without sending"), ("im:message:send_as_bot", "send as the bot only, without reading")],
        note="Sending as the user needs this scope plus im:message.send_as_user (send-message page). Which chats the app can read also depends on the chat: a bot sees chats it is in; with the user's token, chats the user is in."),
    "im:message:readonly": O(
        "Read messages in one-to-one and group chats", "读取单聊和群聊消息",
        ["comm.content:read.all", "comm.metadata:read.all"],
        narrower=[("im:message.p2p_msg:readonly", "only messages people send to the bot"), ("im:message.group_at_msg:readonly", "only group messages that @mention the bot")]),
    "im:message:send_as_bot": O(
        "Send messages as the app's bot to people and groups it can reach", "以应用机器人的身份向可触达的人和群发消息",
        ["comm.content:act.send"], none="Send-only; no read access.",
        note="Messages come from the bot, not from the signed-in user."),
    "im:message.send_as_user": O(
        "Send messages as you, in your name, to people and groups", "以你的身份向他人和群组发送消息",
        ["comm.content:act.send"], none="Sending as the user; Feishu requires im:message beside it.",
        note="Recipients see the message as written by the user. Feishu's send-message page requires this scope together with im:message for user-identity sending."),
    "im:message.group_msg": O(
        "Read every message in the group chats the bot is in, not only those addressed to it (Feishu marks this sensitive)",
        "读取机器人所在群的全部消息，而不只是 @ 它的消息（飞书标为敏感权限）",
        ["comm.content:read.all", "comm.metadata:read.all"],
        narrower=[("im:message.group_at_msg:readonly", "only group messages that @mention the bot")],
        cls="sensitive permission (敏感权限)"),
    "im:message.group_msg:get_as_user": O(
        "Read, as you, the messages of the group chats you are in", "以你的身份读取你所在群聊的消息",
        ["comm.content:read.all", "comm.metadata:read.all"], none="Feishu offers no smaller user-side read of group messages.",
        note="Requested by Feishu's CLI when it lists chat history as the user (shortcuts/im)."),
    "im:message.p2p_msg:get_as_user": O(
        "Read, as you, the messages of your one-to-one chats", "以你的身份读取你的单聊消息",
        ["comm.content:read.all", "comm.metadata:read.all"], none="Feishu offers no smaller user-side read of private messages.",
        note="Requested by Feishu's CLI when it lists chat history as the user (shortcuts/im): this reaches the user's private conversations."),
    "im:message.p2p_msg:readonly": O(
        "Read messages that people send to the bot in one-to-one chats", "读取用户发给机器人的单聊消息",
        ["comm.content:read.selected"], none="Only messages addressed to the bot."),
    "im:message.p2p_msg": O(
        "Read messages people send to the bot in one-to-one chats (legacy scope)", "读取用户发给机器人的单聊消息（旧版权限）",
        ["comm.content:read.selected"], none="Only messages addressed to the bot."),
    "im:message.group_at_msg:readonly": O(
        "Read group messages in which someone @mentions the bot", "读取群聊中 @ 机器人的消息",
        ["comm.content:read.selected"], none="Only messages addressed to the bot."),
    "im:message.group_at_msg": O(
        "Read group messages that @mention the bot (legacy scope)", "读取群聊中 @ 机器人的消息（旧版权限）",
        ["comm.content:read.selected"], none="Only messages addressed to the bot."),
    "im:message.group_at_msg.include_bot:readonly": O(
        "Read group messages in which other bots or people @mention the bot", "读取其他机器人或用户在群中 @ 本机器人的消息",
        ["comm.content:read.selected"], none="Only messages addressed to the bot."),
    "im:message.history:readonly": O(
        "Read the message history of one-to-one and group chats", "读取单聊和群聊的历史消息",
        ["comm.content:read.all", "comm.metadata:read.all"],
        narrower=[("im:message.p2p_msg:readonly", "only messages sent to the bot")]),
    "im:message:send": O(
        "Send messages (legacy version of the send scope)", "发送消息（旧版权限）",
        ["comm.content:act.send"], none="Send-only."),
    "im:message:send_multi_users": O(
        "Send one message to many people at once as the bot", "以机器人身份给多个用户批量发消息",
        ["comm.content:act.send"], none="Send-only.", mods=["org_wide", "admin_consent"]),
    "im:message:send_multi_depts": O(
        "Send one message to everyone in one or more departments as the bot", "以机器人身份给一个或多个部门的全部成员批量发消息",
        ["comm.content:act.send"], none="Send-only.", mods=["org_wide", "admin_consent"]),
    "im:message:send_sys_msg": O(
        "Send system messages", "发送系统消息", ["comm.content:act.send"], none="Send-only."),
    "im:message:recall": O(
        "Recall (unsend) messages", "撤回消息", ["comm.content:write.delete"], none="A single action on messages the app sent."),
    "im:message:update": O(
        "Edit messages that were already sent", "编辑已发送的消息", ["comm.content:write.modify"], none="A single action on messages the app sent."),
    "im:message.urgent": O(
        "Send in-app urgent (buzz) alerts about a message", "发送应用内加急提醒", ["comm.content:act.send"], none="One alert channel."),
    "im:message.urgent:phone": O(
        "Buzz people about a message with a phone call", "通过电话加急提醒他人", ["comm.content:act.send"], none="One alert channel."),
    "im:message.urgent:sms": O(
        "Buzz people about a message by SMS", "通过短信加急提醒他人", ["comm.content:act.send"], none="One alert channel."),
    "im:chat": O(
        "Read and change group chats: create groups, edit their settings and members",
        "读取并修改群组：建群、修改群设置和群成员",
        ["comm.metadata:read.all", "comm.metadata:write.create", "comm.metadata:write.modify", "comm.metadata:admin"],
        narrower=[("im:chat:readonly", "read group information without changing it")]),
    "im:chat:readonly": O(
        "Read group chat information: names, settings and member lists", "读取群组信息：群名、设置和成员列表",
        ["comm.metadata:read.all"], narrower=[("im:chat:read", "group information only")]),
    "im:resource": O(
        "Read and upload the images and files inside messages", "读取和上传消息中的图片与文件",
        ["comm.content:read.all", "comm.content:write.create"], none="Feishu lists no read-only resource scope."),
    # Mail
    "mail:user_mailbox": O(
        "Full control of company mailboxes: read, send, change and delete mail, folders, rules and contacts",
        "完全控制企业邮箱：读取、发送、修改和删除邮件、文件夹、规则和联系人",
        MAILREAD + ["comm.content:act.send", "comm.content:write.modify", "comm.content:write.delete", "comm.mail_routing:write.modify", "social.contacts:read.all", "social.contacts:write.modify"],
        narrower=[("mail:user_mailbox.message:readonly", "read mail without sending or changing it")]),
    "mail:user_mailbox:readonly": O(
        "Read company mailbox settings and details (not the mail itself)", "读取企业邮箱的设置与信息（不含邮件本身）",
        ["comm.metadata:read.all", "contact.email:read.self"], none="Read-only mailbox information."),
    "mail:user_mailbox.message:readonly": O(
        "Read the mail in company mailboxes: messages, senders and recipients",
        "读取企业邮箱中的邮件：内容、发件人和收件人",
        MAILREAD, narrower=[("mail:user_mailbox.message.subject:read", "only subject lines")],
        note="Reading a mailbox also exposes one-time codes and password-reset links sent by e-mail."),
    "mail:user_mailbox.message.body:read": O(
        "Read the body of mail messages", "读取邮件正文", MAILREAD,
        none="Field-level scope for the message body.",
        note="Reading a mailbox also exposes one-time codes and password-reset links sent by e-mail."),
    "mail:user_mailbox.message.subject:read": O(
        "Read the subject lines of mail messages", "读取邮件主题",
        ["comm.content:read.all", "comm.metadata:read.all"], none="Field-level scope for one field."),
    "mail:user_mailbox.message.address:read": O(
        "Read sender and recipient addresses of mail messages", "读取邮件的发件人和收件人地址",
        ["comm.metadata:read.all", "contact.email:read.all", "social.connections:read.all"], none="Field-level scope for address fields."),
    "mail:user_mailbox.message:send": O(
        "Send email from your company mailbox, in your name", "以你的名义从企业邮箱发送邮件",
        ["comm.content:act.send"], none="Send-only."),
    "mail:user_mailbox.message:modify": O(
        "Change mail messages: mark read, move, and similar", "修改邮件：标记已读、移动等",
        ["comm.content:write.modify", "comm.metadata:write.modify"], none="Changes only; reading needs another scope."),
    "mail:user_mailbox.mail_contact:read": O(
        "Read the contacts saved in company mailboxes", "读取企业邮箱中保存的联系人",
        ["social.contacts:read.all"], none="Read-only contacts."),
    "mail:user_mailbox.mail_contact:write": O(
        "Read, add, change and delete the contacts saved in company mailboxes", "读取、新增、修改和删除企业邮箱联系人",
        ["social.contacts:read.all", "social.contacts:write.create", "social.contacts:write.modify", "social.contacts:write.delete"],
        narrower=[("mail:user_mailbox.mail_contact:read", "read contacts without changing them")]),
    "mail:event": O(
        "Receive mailbox events (such as new mail arriving)", "接收邮箱事件（如新邮件到达）",
        ["comm.metadata:read.all"], none="Event subscription only."),
    # Calendar
    "calendar:calendar": O(
        "Read and change calendars and events: create, edit and delete events, invite people",
        "读取并修改日历和日程：创建、编辑、删除日程并邀请他人",
        ["schedule.calendar:read.all", "schedule.calendar:write.create", "schedule.calendar:write.modify", "schedule.calendar:write.delete"],
        narrower=[("calendar:calendar:readonly", "read calendars, events and free/busy without changing them")]),
    "calendar:calendar:readonly": O(
        "Read calendars, events and free/busy information", "读取日历、日程和忙闲信息",
        ["schedule.calendar:read.all"], narrower=[("calendar:calendar.free_busy:read", "only whether people are free or busy")]),
    "calendar:calendar.free_busy:read": O(
        "See when people are free or busy, without event details", "查看他人的忙闲状态（不含日程详情）",
        ["schedule.calendar:read.all"], none="The smallest calendar read: busy times only."),
    "calendar:calendar.event:read": O(
        "Read calendar events", "读取日程", ["schedule.calendar:read.all"],
        narrower=[("calendar:calendar.free_busy:read", "only free/busy times")]),
    "calendar:settings.caldav:create": O(
        "Generate CalDAV settings (a username and password) that sync your Feishu calendar to other apps",
        "生成 CalDAV 配置（用户名与密码），把飞书日历同步到其他应用",
        ["auth.secret:write.create", "schedule.calendar:read.all"], none="A single action.",
        note="The generated credential keeps working outside the app until it is removed."),
    "calendar:setting:generate_caldav_conf": O(
        "Generate CalDAV sync settings (legacy name)", "生成 CalDAV 同步配置（旧名称）",
        ["auth.secret:write.create", "schedule.calendar:read.all"], none="A single action."),
    # Drive and documents
    "drive:drive": O(
        "View, comment on, edit and manage every file in your Drive", "查看、评论、编辑和管理云空间中的所有文件",
        ["content.files:read.all", "content.files:write.create", "content.files:write.modify", "content.files:write.delete"],
        narrower=[("drive:drive:readonly", "view, comment on and download every file without editing")]),
    "drive:drive:readonly": O(
        "View, comment on and download every file in your Drive", "查看、评论和下载云空间中的所有文件",
        ["content.files:read.all", "content.ugc:write.create"], narrower=[("drive:drive.metadata:readonly", "file names and metadata only")]),
    "drive:drive.metadata:readonly": O(
        "Read file names and metadata in Drive (not the content)", "读取云空间文件的名称和元数据（不含内容）",
        ["content.files:read.all"], none="Metadata only."),
    "drive:file:view_record:readonly": O(
        "See who opened a document and when", "查看谁在何时访问过文档",
        ["activity.app_usage:read.all"], none="A single read of access records."),
    "docs:doc": O(
        "View, comment on, edit and manage documents (legacy docs)", "查看、评论、编辑和管理文档（旧版文档）",
        ["content.files:read.all", "content.files:write.create", "content.files:write.modify", "content.files:write.delete"],
        narrower=[("docs:doc:readonly", "view, comment and export without editing")]),
    "docs:doc:readonly": O(
        "View, comment on and export documents (legacy docs)", "查看、评论和导出文档（旧版文档）",
        ["content.files:read.all", "content.ugc:write.create"], none="Read-only document scope."),
    "docx:document": O(
        "Create and edit documents", "创建和编辑文档",
        ["content.files:read.all", "content.files:write.create", "content.files:write.modify", "content.files:write.delete"],
        narrower=[("docx:document:readonly", "view documents without editing")]),
    "docx:document:readonly": O("View documents", "查看文档", ["content.files:read.all"], none="Read-only document scope."),
    "sheets:spreadsheet": O(
        "View, comment on, edit and manage spreadsheets", "查看、评论、编辑和管理电子表格",
        ["content.files:read.all", "content.files:write.create", "content.files:write.modify", "content.files:write.delete"],
        narrower=[("sheets:spreadsheet:readonly", "view, comment and export without editing")]),
    "sheets:spreadsheet:readonly": O(
        "View, comment on and export spreadsheets", "查看、评论和导出电子表格",
        ["content.files:read.all", "content.ugc:write.create"], none="Read-only spreadsheet scope."),
    "bitable:app": O(
        "View, comment on, edit and manage Base tables", "查看、评论、编辑和管理多维表格",
        ["content.files:read.all", "content.files:write.create", "content.files:write.modify", "content.files:write.delete"],
        narrower=[("bitable:app:readonly", "view, comment and export without editing")]),
    "bitable:app:readonly": O(
        "View, comment on and export Base tables", "查看、评论和导出多维表格",
        ["content.files:read.all", "content.ugc:write.create"], none="Read-only Base scope.",
        note="Feishu's authorize page uses this scope in its example URL."),
    "wiki:wiki": O(
        "View, edit and manage wiki spaces", "查看、编辑和管理知识库",
        ["content.files:read.all", "content.files:write.create", "content.files:write.modify", "content.files:write.delete"],
        narrower=[("wiki:wiki:readonly", "view wiki spaces without editing")]),
    "wiki:wiki:readonly": O("View wiki spaces", "查看知识库", ["content.files:read.all"], none="Read-only wiki scope."),
    "docs:permission.member:transfer": O(
        "Transfer ownership of documents to someone else", "把文档的所有权转给他人",
        ["content.files:admin"], none="A single action."),
    # Search
    "search:message": O(
        "Search your chat messages", "搜索你的聊天消息", ["comm.content:read.all", "comm.metadata:read.all"],
        none="The only message search scope."),
    "search:docs:read": O(
        "Search the documents you can see", "搜索你可见的云文档", ["content.files:read.all"], none="The only document search scope."),
    # Meetings and Minutes
    "vc:meeting.all_meeting:readonly": O(
        "Read every video meeting in the organisation", "读取组织内全部视频会议信息",
        ["comm.metadata:read.all", "schedule.calendar:read.all"], mods=["org_wide", "admin_consent"],
        none="Organisation-wide read; vc:meeting:readonly is scoped to meetings the caller can see."),
    "vc:record:readonly": O(
        "Read meeting recordings", "读取会议录制", ["comm.content:read.all"], none="Read-only recordings."),
    "vc:note:read": O(
        "Read AI meeting notes", "读取智能会议纪要", ["comm.content:read.all"], none="Read-only notes."),
    "vc:meeting.artifact.verbatim:read": O(
        "Read verbatim meeting transcripts", "读取会议逐字稿", ["comm.content:read.all"], none="Read-only transcripts."),
    "vc:meeting.artifact.note:read": O(
        "Read AI meeting notes", "读取会议智能纪要", ["comm.content:read.all"], none="Read-only notes."),
    "minutes:minutes": O(
        "View, create, edit and manage Minutes (meeting recordings with transcripts)", "查看、创建、编辑和管理妙记（带文字转写的会议录音录像）",
        ["comm.content:read.all", "comm.content:write.create", "comm.content:write.modify", "comm.content:write.delete"],
        narrower=[("minutes:minutes:readonly", "view Minutes without changing them")]),
    "minutes:minutes:readonly": O(
        "View Minutes: meeting recordings and their transcripts", "查看妙记：会议录音录像及其文字转写",
        ["comm.content:read.all"], narrower=[("minutes:minutes.basic:read", "basic details of a Minutes file only")]),
    # Organisation-level
    "admin:audit_info:readonly": O(
        "Read the organisation's audit log of what people did (sign-ins, file and admin actions)",
        "读取组织的行为审计日志（登录、文件和管理操作等）",
        ["activity.app_usage:read.all", "device.hardware_id:read.all"], mods=["org_wide", "admin_consent"],
        none="A single organisation-wide log."),
    "admin:ent_email_password": O(
        "Change the passwords of company mailboxes", "修改企业邮箱的密码",
        ["auth.secret:write.modify", "auth.secret:admin"], mods=["org_wide", "admin_consent"], none="A single admin action."),
    "passport:session:logout": O(
        "Sign chosen people out of Feishu", "将指定用户登出飞书",
        ["resource.app_config:admin"], mods=["org_wide", "admin_consent"], none="A single admin action."),
    "passport:session_mask:readonly": O(
        "Read people's login sessions (masked): devices and sign-in times", "读取用户的登录信息（脱敏）：设备和登录时间",
        ["activity.app_usage:read.all", "device.hardware_id:read.all"], mods=["org_wide", "admin_consent"], none="Read-only, masked."),
    "auth:user_access_token:read": O(
        "Read basic details of a user access token (whose it is, when it expires)", "读取用户访问凭证的基本信息（归属与有效期）",
        ["account.identifier:read.self"], none="Token introspection only."),
    # Attendance and door access
    "attendance:task:readonly": O(
        "Export attendance records: clock-in times, results and locations", "导出打卡数据：打卡时间、结果和地点",
        ["activity.app_usage:read.all", "location.precise:read.all"], none="Read-only attendance data.",
        note="Clock-in results can include where the person clocked in (location, Wi-Fi or device); classified as precise location."),
    "attendance:task": O(
        "Write attendance records (clock-ins)", "写入打卡数据",
        ["activity.app_usage:write.create", "activity.app_usage:write.modify", "location.precise:write.create"],
        narrower=[("attendance:task:readonly", "export attendance records without writing")]),
    "acs:users": O(
        "Read and update door-access users, including their face photos", "查看和更新门禁用户，包括人脸照片",
        ["biometric.face:read.all", "biometric.face:write.modify", "org.directory:read.all"], none="The only door-access user scope.",
        note="Feishu's door-access user APIs carry a face image used for recognition at the door."),
    "acs:access_record:readonly": O(
        "Read door access records: who passed which door and when, with the photo taken", "查看门禁通行记录：谁在何时通过哪道门，以及抓拍照片",
        ["activity.app_usage:read.all", "location.precise:read.all", "biometric.face:read.all"], none="Read-only records."),
    "human_authentication:identity": O(
        "Create and edit real-name verification subjects (name and ID number) for face verification",
        "创建和编辑实名认证主体（姓名与证件号），用于人脸核验",
        ["govid.number:write.create", "govid.number:write.modify", "biometric.face:read.self"], none="The only real-name scope.",
        mods=["org_wide", "admin_consent"]),
    # People data
    "corehr:corehr": O(
        "Read and update all core HR data in Feishu People", "读取并更新飞书人事的全部核心人事数据",
        ["resource.business:read.all", "resource.business:write.modify", "profile.education_work:read.all", "profile.education_work:write.modify", "profile.basic:read.all", "profile.name:read.all"],
        narrower=[("corehr:corehr:readonly", "read core HR data without changing it")]),
    "corehr:corehr:readonly": O(
        "Read all core HR data in Feishu People", "读取飞书人事的全部核心人事数据",
        ["resource.business:read.all", "profile.education_work:read.all", "profile.basic:read.all", "profile.name:read.all"],
        none="Broad read; field scopes (ID number, bank account …) are still needed for the most sensitive fields."),
    "corehr:person:read": O(
        "Read employees' personal records in Feishu People", "读取飞书人事中员工的个人信息",
        ["profile.name:read.all", "profile.basic:read.all", "resource.business:read.all"],
        none="Record-level read; sensitive fields each have their own field scope."),
    "corehr:person:write": O(
        "Read and change employees' personal records in Feishu People", "读写飞书人事中员工的个人信息",
        ["profile.name:read.all", "profile.name:write.modify", "profile.basic:read.all", "profile.basic:write.modify", "resource.business:write.create"],
        narrower=[("corehr:person:read", "read personal records without changing them")]),
    "ehr:employee:readonly": O(
        "Read the employee roster of Feishu People (Standard)", "读取飞书人事（标准版）的员工花名册",
        ["profile.education_work:read.all", "profile.basic:read.all", "profile.name:read.all", "contact.phone:read.all"],
        none="Read-only roster.", note="The roster can include contact details and personal fields the organisation keeps."),
    "ehr:attachment:readonly": O(
        "Read attachments stored in Feishu People (Standard), such as uploaded documents", "读取飞书人事（标准版）中的附件（如上传的证件资料）",
        ["profile.education_work:read.all", "govid.image:read.all"], none="Read-only attachments.",
        note="HR attachments often include copies of ID cards and certificates; classified as ID images."),
    "tenant:tenant:readonly": O(
        "Read the organisation's information (name, logo, tenant key)", "读取企业信息（名称、Logo、租户标识）",
        ["resource.app_config:read.all"], none="Read-only."),
    # Services and small fixes
    "translation:text": O(
        "Translate text with Feishu's translation service", "使用飞书翻译服务翻译文本",
        ["resource.cloud:write.create"], none="A single service call; it reaches no stored data."),
    "speech_to_text:speech": O(
        "Turn speech audio into text with Feishu's speech service", "使用飞书语音服务把语音转成文字",
        ["resource.cloud:write.create"], none="A single service call; it reaches no stored data."),
    "optical_char_recognition:image": O(
        "Recognise text in images with Feishu's OCR service", "使用飞书 OCR 服务识别图片中的文字",
        ["resource.cloud:write.create"], none="A single service call; it reaches no stored data."),
    "component:selector": O(
        "Show Feishu's member picker inside the app so you can pick colleagues", "在应用内调用飞书的人员选择器，让你挑选同事",
        ["org.directory:read.selected"], none="Client component; the app receives only the people you pick."),
    "component:user_profile": O(
        "Open colleagues' profile cards from inside the app", "在应用内打开同事的个人名片",
        ["org.directory:read.selected"], none="Client component."),
    "event:ip_list": O(
        "Read the IP addresses Feishu sends events from", "读取飞书推送事件所用的出口 IP",
        ["resource.app_config:read.all"], none="Read-only configuration data."),
    "search:app": O(
        "Search apps in the workplace", "搜索工作台中的应用", ["resource.app_config:read.all"], none="A single search API."),
    "search:department:read": O(
        "Search departments, as you", "以你的身份搜索部门", ["org.directory:read.all"], none="A single search API."),
    "personal_settings:status:system_status_operate": O(
        "Turn people's system status (such as 'on leave' or 'in a meeting') on or off", "为他人开启或关闭系统状态（如请假中、会议中）",
        ["account.display_profile:write.modify"], none="A single action.", mods=["org_wide", "admin_consent"]),
    "personal_settings:status:system_status_update": O(
        "Read and update the available system statuses", "读取并更新可用的系统状态",
        ["account.display_profile:read.all", "account.display_profile:write.modify"], none="Status settings only.",
        mods=["org_wide", "admin_consent"]),
    "contact:contact:update_department_id": O(
        "Change department IDs in the directory", "修改通讯录中的部门 ID",
        ["org.directory:write.modify"], none="A single admin action.", mods=["org_wide", "admin_consent"]),
    "contact:contact:update_user_id": O(
        "Change people's user IDs in the directory", "修改通讯录中成员的用户 ID",
        ["org.directory:write.modify", "account.identifier:write.modify"], none="A single admin action.", mods=["org_wide", "admin_consent"]),
    "mail:user_mailbox.event.mail_address:read": O(
        "Read the email addresses contained in mailbox events", "读取邮箱事件中的邮箱地址",
        ["contact.email:read.all", "comm.metadata:read.all"], none="Field-level scope for event data."),
}


def split(name: str) -> tuple[str, list[str], str]:
    """(module, resource parts, action) of a scope name."""
    parts = name.split(":")
    module = parts[0]
    if len(parts) == 1:
        return module, [], "full"
    if len(parts) == 2:
        res, act = parts[1], "full"
    else:
        res, act = ":".join(parts[1:-1]), parts[-1]
    rparts = [p for seg in res.split(":") for p in seg.split(".") if p]
    if act == "full" and len(rparts) > 1 and rparts[-1] in ("read", "read_only", "readonly", "grant"):
        act = rparts.pop()
    if act not in ACTIONS and act not in ("full",):
        # an unknown final part is a resource part used with its default meaning (e.g. im:message.urgent:phone)
        rparts.append(act)
        act = "full"
    return module, rparts, act


def categories(module: str, rparts: list[str]) -> list[str]:
    person = any(p in PERSON_PARTS for p in rparts) or module in ("corehr", "ehr", "hire")
    cats: list[str] = []
    for p in rparts:
        pc = PART_CATEGORIES.get((module, p))
        if pc:
            cats += pc
    field: list[str] = []
    for p in rparts:
        fc = FIELD_CATEGORIES.get(p)
        if fc and (p not in PERSON_ONLY or person):
            field += fc
    if module in ("document_ai", "optical_char_recognition", "speech_to_text", "translation"):
        field = []
    cats = field + cats if field else cats
    if not cats:
        cats = list(MODULES[module][2])
        if module in ("corehr", "ehr", "hire", "performance") and any(p in EMPLOYEE_PARTS for p in rparts):
            cats.append("profile.education_work")
    if module in ("contact", "directory") and person and rparts and rparts[-1] in WORK_FIELDS:
        cats.append("profile.education_work")
    if module in ("contact", "directory", "component") and "org.directory" not in cats:
        cats.append("org.directory")
    out: list[str] = []
    for c in cats:
        if c not in out:
            out.append(c)
    return out


SERVICE_MODULES = ("document_ai", "optical_char_recognition", "speech_to_text", "translation")


def accesses(module: str, rparts: list[str], act: str) -> tuple[str, ...]:
    if module in SERVICE_MODULES:
        return ("cloud",)
    acc = ACTIONS[act][2]
    if rparts and rparts[-1] in OPERATIONS and act in ("write", "full"):
        return OPERATIONS[rparts[-1]][2]
    field_level = len(rparts) > 1 and (any(p in FIELD_CATEGORIES for p in rparts) or module in ("corehr", "ehr", "directory", "contact"))
    if act == "write" and field_level:
        acc = (R, M)
    if any(p in PERMISSION_PARTS for p in rparts):
        acc = tuple(dict.fromkeys(a if a in (R, "cloud") else A for a in acc))
    return acc


def grants_for(module: str, rparts: list[str], act: str) -> list[str]:
    acc = accesses(module, rparts, act)
    if "cloud" in acc:
        return ["resource.cloud:write.create"]
    out: list[str] = []
    for c in categories(module, rparts):
        for a in acc:
            if a == S and not c.startswith("comm."):
                g = "comm.content:act.send"
            else:
                g = f"{c}:{a}"
            if g not in out:
                out.append(g)
    if module == "mail" and "comm.content" in categories(module, rparts) and R in acc:
        out.append("comm.inbox:read.all")
    return out


def title_for(module: str, rparts: list[str], act: str) -> tuple[str, str]:
    men, mzh, _ = MODULES[module]
    shown = list(rparts)
    if len(shown) > 1 and shown[0] == module:
        shown = shown[1:]
    if shown and shown[-1] in OPERATIONS and act in ("write", "full") and len(shown) > 1:
        ven, vzh, _ = OPERATIONS[shown[-1]]
        oen, ozh = words(shown[:-1], module)
        return f"{men}: {ven} {oen}", f"{mzh}：{vzh}{ozh}"
    oen, ozh = words(shown, module)
    ven, vzh, _ = ACTIONS[act]
    if not oen:
        oen, ozh = men.lower(), mzh
    return f"{men}: {ven} {oen}", f"{mzh}：{vzh}{ozh}"


TOKENS = {
    "t": "app identity only (tenant_access_token)",
    "u": "user identity (user_access_token)",
    "tu": "user or app identity (user_access_token or tenant_access_token)",
    "": "token type not stated on the pages read",
}


def load() -> dict[str, dict]:
    rows = {}
    for line in RAW.strip().splitlines():
        name, flags, tok, dep, path = line.split("|")
        rows[name] = {"flags": flags, "tok": tok, "dep": dep == "1", "path": path}
    return rows


def build_entries() -> dict[str, dict]:
    rows = load()
    names = set(rows)
    entries: dict[str, dict] = {}
    for name in sorted(rows):
        row = rows[name]
        module, rparts, act = split(name)
        ov = OVERRIDES.get(name, {})
        gen_en, gen_zh = title_for(module, rparts, act) if module in MODULES and rparts else (name, name)
        grants = ov.get("grants")
        if grants is None:
            grants = grants_for(module, rparts, act)
        tok = row["tok"]
        mods = ov.get("mods")
        if mods is None:
            mods = ["org_wide", "admin_consent"] if tok == "t" and grants != ["resource.cloud:write.create"] else []
        if row["path"]:
            source = DOC + row["path"]
            src_note = f"Named on this Feishu API page (read through {MIRROR})."
            if "C" in row["flags"]:
                src_note += " Also in the scope registry of Feishu's CLI (larksuite/cli)."
        else:
            source = CLI_LIST
            src_note = ("Listed in the scope registry of Feishu's official CLI (larksuite/cli, scope_priorities.json); "
                        "no Feishu API page naming it was seen, so its title and grants follow the scope name only.")
        source = ov.get("source", source)
        notes = [src_note]
        if "title" not in ov:
            notes.append("Title and grants are derived from the parts of the scope name.")
        if tok == "t" and mods:
            notes.append("Only tenant_access_token APIs require it on the pages read, so it acts as the app across the whole organisation, within the ranges an administrator set; a user cannot grant it on the sign-in page.")
        if row["dep"]:
            notes.append("Feishu labels this scope a legacy version (历史版本).")
        if ov.get("note"):
            notes.append(ov["note"])
        cls = ov.get("cls") or TOKENS[tok]
        if ov.get("cls"):
            cls = f"{ov['cls']}; {TOKENS[tok]}"
        e = {
            "title": ov.get("title", gen_en),
            "title_zh": ov.get("title_zh", gen_zh),
            "grants": grants,
            "modifiers": mods,
            "provider_class": cls,
        }
        if ov.get("identity"):
            e["identity_only"] = True
        if ov.get("implies"):
            e["implies"] = ov["implies"]
        narrower = ov.get("narrower")
        none = ov.get("none")
        if narrower is None and none is None:
            narrower, none = auto_narrower(name, module, rparts, act, names)
        if narrower:
            e["narrower"] = [{"scope": s, "still": still} for s, still in narrower]
        else:
            e["narrower_none"] = none
        if row["dep"]:
            e["deprecated"] = True
        e["source"] = source
        e["verified"] = True
        e["note"] = " ".join(notes)
        entries[name] = e
    return entries


def auto_narrower(name, module, rparts, act, names):
    acc = accesses(module, rparts, act) if act in ACTIONS else (R,)
    if set(acc) <= {R, "cloud"}:
        return None, "Already read-only (or a single service call); Feishu lists no smaller scope for it."
    base = name if act == "full" and not name.endswith(":full") else name.rsplit(":", 1)[0]
    if act == "full":
        base = name
    for cand_act in ("readonly", "read", "read_only", "retrieve"):
        cand = f"{base}:{cand_act}"
        if cand in names and cand != name:
            return [(cand, "read the same data without changing it")], None
    return None, "Feishu lists no read-only or smaller scope for this resource."


def provider_header() -> str:
    head = {
        "id": "feishu",
        "name": "Feishu / Lark",
        "name_zh": "飞书",
        "docs": SCOPE_LIST,
        "revoke": "Ask the organisation's administrator to turn the app off or take you out of its availability range (Feishu Admin Console → Workplace → App management); Feishu does not document a page where users list and revoke the apps they authorised.",
        "revoke_zh": "请企业管理员在飞书管理后台（工作台 → 应用管理）停用该应用，或把你移出应用的可用范围；飞书未公开说明用户自行查看并撤销已授权应用的入口。",
        "revoke_note": "Feishu's token-revocation event (auth.user_access_token.revoked_v4) lists revocation by the user, by an administrator and by risk control as reasons, so user-side revocation exists, but its menu path was not found on an official page. Revoking stops new calls; it does not delete data the app already copied. Scopes granted to the app itself (tenant_access_token) are not tied to any user's consent and are removed only by an administrator.",
        "revoke_note_zh": "飞书的“撤销用户授权事件”（auth.user_access_token.revoked_v4）把用户撤销、管理员撤销和风控撤销列为原因，说明用户可以撤销授权，但未在官方页面找到具体菜单路径。撤销只阻止之后的调用，不会删除应用已复制的数据。授予应用本身的权限（tenant_access_token）与用户同意无关，只能由管理员移除。",
        "note": ("Feishu (China) and Lark (international) use the same scopes and the same flow on different hosts. "
                 "Grants are cumulative: the newest user_access_token carries every scope the user ever granted the app, not only those in the URL (authorize page). "
                 "Inside the Feishu client the consent page can be skipped and the browser sent straight back with a code, unless prompt=consent is given (authorize page). "
                 "At most 50 scopes per request, and every scope must already be enabled on the app, otherwise the user sees error 20027. "
                 "Most scopes work with both a user token (the app acts as you, limited to what you can see) and a tenant token (the app acts as itself across the organisation, within the ranges an administrator set); "
                 "scopes that the pages read tie only to tenant tokens are marked org_wide and admin_consent. "
                 "Field-level scopes (for example contact:user.phone:readonly) add sensitive fields to answers of other APIs, including the signed-in user's own profile. "
                 f"Scope names come from Feishu's CLI registry (larksuite/cli {CLI_COMMIT[:7]}) and from Feishu's API pages read through {MIRROR}; "
                 "the official scope-list page itself is rendered by script and its stored copy is empty."),
    }
    lines = []
    for k, v in head.items():
        lines.append(f"{k} = {value(v)}")
    text = "\n".join(lines) + "\n\n"
    text += "[endpoints]\n"
    text += f"domains = {value(['feishu.cn', 'larksuite.com'])}\n\n"
    for host, path in (
        ("accounts.feishu.cn", "/open-apis/authen/v1/authorize"),
        ("open.feishu.cn", "/open-apis/authen/v1/authorize"),
        ("open.feishu.cn", "/open-apis/authen/v1/index"),
        ("accounts.larksuite.com", "/open-apis/authen/v1/authorize"),
        ("open.larksuite.com", "/open-apis/authen/v1/authorize"),
        ("open.larksuite.com", "/open-apis/authen/v1/index"),
    ):
        text += f"[[endpoints.authorize]]\nhost = {value(host)}\npath = {value(path)}\n\n"
    for host in ("accounts.feishu.cn", "accounts.larksuite.com"):
        text += f"[[endpoints.device]]\nhost = {value(host)}\npath = {value('/oauth/v1/device_authorization')}\n\n"
    params = {
        "scope": ["scope"],
        "separator": " ",
        "client_id": ["client_id", "app_id"],
        "empty": ("scope is optional. Without it the user grants sign-in only: the token reads the user's name, profile photo and the app-specific open_id and developer-wide union_id through authen/v1/user_info; "
                  "email, mobile and user_id are added there only when the app also holds the matching field scopes. The older /authen/v1/index page takes app_id and no scope at all. "
                  "Because grants are cumulative, a URL without scopes can still yield a token carrying scopes the user granted earlier."),
        "empty_zh": ("scope 为可选参数。不带 scope 时，用户只授权登录：令牌可通过 authen/v1/user_info 读取用户的姓名、头像，以及应用内唯一的 open_id 和开发者范围内唯一的 union_id；"
                     "只有当应用同时拥有相应的字段权限时，该接口才会返回邮箱、手机号和 user_id。旧版 /authen/v1/index 页面只带 app_id，完全没有 scope。"
                     "由于授权是累加的，不带 scope 的 URL 仍可能得到一个带有用户此前授予的 scope 的令牌。"),
        "empty_grants": ["account.identifier:read.self", "account.display_profile:read.self", "profile.name:read.self"],
    }
    text += table("params", params) + "\n"
    return text


def build() -> str:
    entries = build_entries()
    out = [
        "# Feishu (飞书) / Lark scopes.",
        "# GENERATED by tools/catalog/build_feishu.py. Do not edit by hand: change the generator and run it again.",
        "",
        provider_header(),
    ]
    for name, e in entries.items():
        out.append(table(f"scopes.{value(name)}", e))
    return "\n".join(out)


def check_refs() -> list[str]:
    errors = []
    names = set(load())
    for name, ov in OVERRIDES.items():
        if name not in names:
            errors.append(f"override for unknown scope {name}")
        for s, _ in ov.get("narrower", []) or []:
            if s not in names:
                errors.append(f"{name}: narrower {s} unknown")
    for name in names:
        module = name.split(":")[0]
        if module not in MODULES:
            errors.append(f"{name}: module {module} has no name")
        _, _, act = split(name)
        if act not in ACTIONS:
            errors.append(f"{name}: action {act} unknown")
    return errors


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    errors = check_refs()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    text = build()
    if args.check:
        return 0 if OUT.exists() and OUT.read_text("utf-8") == text else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(REPO)} ({text.count('[scopes.')} scopes)")
    return 0


# --- Data ----------------------------------------------------------------------------------------
# scope | C = in the CLI registry, D = named on a Feishu API page | tokens seen (t = tenant, u = user)
# | 1 = labelled legacy (历史版本) | path of one Feishu page naming it
RAW = """
acs:access_record:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/acs-v1/access_record/list
acs:access_record:write|C|||
acs:device:write|CD|u||/uAjLw4CM/ukTMukTMukTM/acs-v1/rule_external/create
acs:devices:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/acs-v1/device/list
acs:users|CD|tu||/uAjLw4CM/ukTMukTMukTM/acs-v1/access_record-access_photo/get
admin:admin_dept_stat:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/admin-v1/admin_dept_stat/list
admin:admin_user_stat:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/admin-v1/admin_user_stat/list
admin:app.admin:check|CD|t||/ukTMukTMukTM/uITN1EjLyUTNx4iM1UTM
admin:app.admin:readonly|CD|t||/ukTMukTMukTM/uITN1EjLyUTNx4iM1UTM
admin:app.admin_id:readonly|CD|t||/ukTMukTMukTM/ucDOwYjL3gDM24yN4AjN
admin:app.category:update|CD|t||/uAjLw4CM/ukTMukTMukTM/application-v6/application/patch
admin:app.enable:write|CD|t||/uAjLw4CM/ukTMukTMukTM/application-v6/application-management/update
admin:app.info:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/application-v6/application-collaborators/get
admin:app.user_usable:readonly|C|||
admin:app.visibility|CD|t||/uAjLw4CM/ukTMukTMukTM/application-v6/application-visibility/patch
admin:audit_info:readonly|D|t||/ukTMukTMukTM/uQjM5YjL0ITO24CNykjN/audit_log/audit_data_get
admin:badge|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/admin-v1/badge/create
admin:badge.grant|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/admin-v1/badge-grant/create
admin:ent_email_password|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/admin-v1/password/reset
aily:data_asset:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/aily-v1/app-data_asset/get
aily:data_asset:upload_file|CD|tu||/uAjLw4CM/ukTMukTMukTM/aily-v1/app-data_asset/upload_file
aily:data_asset:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/aily-v1/app-data_asset/create
aily:file:read|C|||
aily:file:write|C|||
aily:knowledge:ask|CD|tu||/uAjLw4CM/ukTMukTMukTM/aily-v1/app-knowledge/ask
aily:knowledge:read|C|||
aily:knowledge:write|C|||
aily:message:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/aily-v1/aily_session-aily_message/get
aily:message:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/aily-v1/aily_session-aily_message/create
aily:run:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/aily-v1/aily_session-run/get
aily:run:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/aily-v1/aily_session-run/cancel
aily:session:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/aily-v1/aily_session/get
aily:session:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/aily-v1/aily_session/create
aily:skill:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/aily-v1/app-skill/get
aily:skill:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/aily-v1/app-skill/start
app_engine:application.environment_variable:read|CD|t||/uAjLw4CM/ukTMukTMukTM/apaas-v1/application-environment_variable/get
app_engine:application.event:read|C|||
app_engine:application.event_subscriber:read|C|||
app_engine:application.function:write|CD|t||/uAjLw4CM/ukTMukTMukTM/apaas-v1/application-function/invoke
app_engine:application.log:read|C|||
app_engine:application.metric:read|C|||
app_engine:approval:read|C|||
app_engine:approval:write|C|||
app_engine:apps:read|CD|u||/uAjLw4CM/ukTMukTMukTM/apaas-v1/app/list
app_engine:attachment:read|C|||
app_engine:attachment:write|C|||
app_engine:data.record.change:read|CD|||/uAjLw4CM/ukTMukTMukTM/apaas-v1/workspace/events/record_change
app_engine:dataset.meta:read|C|||
app_engine:dataset.record:read|C|||
app_engine:flow:write|CD|t||/uAjLw4CM/ukTMukTMukTM/apaas-v1/application-flow/execute
app_engine:global_option:read|C|||
app_engine:object.meta:read|C|||
app_engine:object.record:read|CD|t||/uAjLw4CM/ukTMukTMukTM/apaas-v1/application-object-record/batch_query
app_engine:object.record:write|CD|t||/uAjLw4CM/ukTMukTMukTM/apaas-v1/application-object-record/batch_create
app_engine:record_permission.member:write|CD|t||/uAjLw4CM/ukTMukTMukTM/apaas-v1/application-record_permission-member/batch_create_authorization
app_engine:role.member:write|CD|t||/uAjLw4CM/ukTMukTMukTM/apaas-v1/application-role-member/batch_create_authorization
app_engine:role:read|CD|t||/uAjLw4CM/ukTMukTMukTM/apaas-v1/application-role-member/get
app_engine:seat_activities:read|CD|u||/uAjLw4CM/ukTMukTMukTM/apaas-v1/seat_activity/list
app_engine:seat_assignments:read|CD|u||/uAjLw4CM/ukTMukTMukTM/apaas-v1/seat_assignment/list
app_engine:security.audit_log:read|CD|u||/uAjLw4CM/ukTMukTMukTM/apaas-v1/application-audit_log/audit_log_list
app_engine:workspace.sql_commands:write|CD|u||/uAjLw4CM/ukTMukTMukTM/apaas-v1/workspace/sql_commands
app_engine:workspace.table.record:read|CD|u||/uAjLw4CM/ukTMukTMukTM/apaas-v1/workspace-table/records_get
app_engine:workspace.table.record:write|CD|u||/uAjLw4CM/ukTMukTMukTM/apaas-v1/workspace-table/records_batch_update
app_engine:workspace.table:read|CD|u||/uAjLw4CM/ukTMukTMukTM/apaas-v1/workspace-enum/enum_get
app_engine:workspace.table:write|CD|u||/uAjLw4CM/ukTMukTMukTM/apaas-v1/workspace-enum/enum_get
application:app_recommend_rule:readonly|D|t||/uAjLw4CM/ukTMukTMukTM/application-v6/app_recommend_rule/list
application:application|CD|t||/uAjLw4CM/ukTMukTMukTM/application-v6/application/patch
application:application.app_message_stats.overview:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/application-v6/application-app_usage/message_push_overview
application:application.app_package|C|||
application:application.app_usage_stats.overview:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/application-v6/application-app_usage/department_overview
application:application.app_version|CD|t||/uAjLw4CM/ukTMukTMukTM/application-v6/application-app_version/patch
application:application.app_version:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/application-v6/application-app_version/contacts_range_suggest
application:application.bot.operator_name:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/application-v6/bot/events/menu
application:application.collaborators:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/application-v6/application-collaborators/update
application:application.contacts_range:write|CD|t||/uAjLw4CM/ukTMukTMukTM/application-v6/application-contacts_range/patch
application:application.feedback.feedback_info|CD|t||/uAjLw4CM/ukTMukTMukTM/application-v6/application-feedback/list
application:application:patch|CD|tu||/uAjLw4CM/ukTMukTMukTM/application-v7/application-v7/app_avatar-upload/create
application:application:self_manage|CD|tu||/uAjLw4CM/ukTMukTMukTM/application-v6/application-app_version/contacts_range_suggest
application:bot.menu:readonly|C|||
application:bot.menu:write|C|||
approval:approval|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/approval-v4/approval/create
approval:approval.list:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/approval-v4/instance/query
approval:approval:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/approval-v4/approval/get
approval:definition|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/approval-v4/approval/create
approval:external_approval|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/approval-v4/external_approval/create
approval:external_instance|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/approval-v4/external_instance/check
approval:external_task|D|t||/uAjLw4CM/ukTMukTMukTM/reference/approval-v4/external_task/list
approval:instance|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/approval-v4/instance/cancel
approval:instance.comment|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/approval-v4/instance-comment/create
approval:instance:read|C|||
approval:instance:write|C|||
approval:task|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/approval-v4/task/approve
approval:task:list_by_user|D|||/uAjLw4CM/ukTMukTMukTM/reference/approval-v4/approval-overview
approval:task:read|C|||
approval:task:write|C|||
attendance:overtime_approval:write|C|||
attendance:rule|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/group/create
attendance:rule:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/group/get
attendance:task|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/archive_rule/del_report
attendance:task:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/archive_rule/list
attendance_machine:check_in_record:write|C|||
attendance_machine:device:write|C|||
attendance_machine:users|C|||
auth:user_access_token:read|CD|||/uAjLw4CM/ukTMukTMukTM/authentication-management/auth-v4/user_access_token/events/revoked
baike:entity|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/baike-v1/classification/list
baike:entity:exempt_delete|CD|t||/uAjLw4CM/ukTMukTMukTM/lingo-v1/entity/delete
baike:entity:exempt_review|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/baike-v1/classification/list
baike:entity:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/baike-v1/classification/list
base:app:copy|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app/copy
base:app:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app/create
base:app:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app/get
base:app:update|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app/update
base:collaborator:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-role-member/batch_create
base:collaborator:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-role-member/batch_delete
base:collaborator:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-role-member/list
base:dashboard:copy|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-dashboard/copy
base:dashboard:create|C|||
base:dashboard:delete|C|||
base:dashboard:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-dashboard/list
base:dashboard:update|C|||
base:field:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-field/create
base:field:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-field/delete
base:field:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-field/list
base:field:update|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-field/update
base:field_group:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-field_group/create
base:form:create|C|tu||
base:form:delete|C|tu||
base:form:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-form/get
base:form:update|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-form-field/patch
base:history:read|C|||
base:record:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-record/batch_create
base:record:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-record/batch_delete
base:record:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-record/batch_get
base:record:retrieve|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-record/search
base:record:update|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-record/batch_update
base:role:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-role/create
base:role:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-role/delete
base:role:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-role/list
base:role:update|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-role/update
base:table:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table/batch_create
base:table:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table/batch_delete
base:table:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table/list
base:table:update|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table/patch
base:view:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-view/get
base:view:write_only|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-view/create
base:workflow:create|C|tu||
base:workflow:delete|C|||
base:workflow:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-block_workflow/list
base:workflow:update|C|tu||
base:workflow:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-workflow/update
base:workspace:list|C|||
bitable:app|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-record/get
bitable:app:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/bitable-v1/app-table-record/get
bitable:bitable|D|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/permission-public/get
block:entity|C|||
block:message|C|||
board:whiteboard:node:create|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/board-v1/whiteboard/update_theme
board:whiteboard:node:delete|C|||
board:whiteboard:node:read|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/board-v1/whiteboard/download_as_image
board:whiteboard:node:update|C|||
calendar:calendar|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/freebusy/batch
calendar:calendar.acl:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar-acl/create
calendar:calendar.acl:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar-acl/delete
calendar:calendar.acl:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar-acl/list
calendar:calendar.event:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar-event/create
calendar:calendar.event:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar-event/delete
calendar:calendar.event:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar-event/get
calendar:calendar.event:reply|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar-event/reply
calendar:calendar.event:update|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar-event/patch
calendar:calendar.event:writeonly|D|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar-event/reply
calendar:calendar.free_busy:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/freebusy/batch
calendar:calendar:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar/create
calendar:calendar:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar/delete
calendar:calendar:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar/get
calendar:calendar:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/freebusy/batch
calendar:calendar:subscribe|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar/subscribe
calendar:calendar:update|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/calendar/patch
calendar:exchange.bindings:create|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/exchange_binding/create
calendar:exchange.bindings:delete|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/exchange_binding/delete
calendar:exchange.bindings:read|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/exchange_binding/get
calendar:room|CD|t||/ukTMukTMukTM/uIjM5UjLyITO14iMykTN/
calendar:room:readonly|CD|tu||/ukTMukTMukTM/uIDOyUjLygjM14iM4ITN
calendar:setting:generate_caldav_conf|D|||/ukTMukTMukTM/uETM3YjLxEzN24SMxcjN
calendar:settings.caldav:create|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/setting/generate_caldav_conf
calendar:settings.workhour:read|C|||
calendar:time_off:create|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/timeoff_event/create
calendar:time_off:delete|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/timeoff_event/delete
calendar:timeoff|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/calendar-v4/timeoff_event/create
cardkit:card:read|CD|t||/uAjLw4CM/ukTMukTMukTM/cardkit-v1/card/id_convert
cardkit:card:write|CD|t||/uAjLw4CM/ukTMukTMukTM/cardkit-v1/card/batch_update
cardkit:template:read|C|||
collab_plugins:collab_plugins|C|||
collab_plugins:collab_plugins.relation.change:read|C|||
component:selector|C|||
component:user_profile|C|||
contact:contact|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/department/create
contact:contact.base:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/custom_attr/list
contact:contact:access_as_app|D|tu||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/custom_attr_event/events/updated
contact:contact:access_as_user|D|tu||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/job_title/get
contact:contact:readonly|D|tu||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/department/children
contact:contact:readonly_as_app|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/custom_attr_event/events/updated
contact:contact:update_department_id|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/department/update_department_id
contact:contact:update_user_id|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/user/update_user_id
contact:department.base:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/department/batch
contact:department.hrbp:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/department/batch
contact:department.organize:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/department/children
contact:functional_role|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/functional_role/create
contact:functional_role:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/functional_role-member/get
contact:group|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/group/create
contact:group:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/group/get
contact:job_family|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/job_family/create
contact:job_family:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/job_family/get
contact:job_level|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/job_level/create
contact:job_level:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/job_level/get
contact:job_title:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/job_title/get
contact:role:readonly|C|||
contact:unit|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/unit/bind_department
contact:unit:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/unit/get
contact:user.assign_info:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/scope/events/updated
contact:user.base|D|tu||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/user/patch
contact:user.base:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file-view_record/list
contact:user.basic_profile:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/user/basic_batch
contact:user.department:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/scope/events/updated
contact:user.department_path:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/scope/events/updated
contact:user.dotted_line_leader_info.read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/user/batch
contact:user.email:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/application-v6/application-feedback/list
contact:user.employee:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/reference/authen-v1/user_info/get
contact:user.employee_id:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/acs-v1/access_record/list
contact:user.employee_number:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/scope/events/updated
contact:user.gender:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/scope/events/updated
contact:user.id:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/user/batch_get_id
contact:user.job_family:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/scope/events/updated
contact:user.job_level:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/scope/events/updated
contact:user.phone:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/application-v6/application-feedback/list
contact:user.subscription_ids:write|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/scope/events/updated
contact:user.user_geo|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/user/batch
contact:user:search|CD|u||/ukTMukTMukTM/uMTM4UjLzEDO14yMxgTN
contact:work_city:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/work_city/get
corehr:additional_job.compensation_type:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job.compensation_type:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job.job:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job.job:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job.job_level:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job.job_level:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job.position:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job.position:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job.service_company:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job.service_company:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job.work_shift:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job.work_shift:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/batch
corehr:additional_job:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-additional_job/create
corehr:approval_groups.orgdraft_department_change:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_department_change_list_by_ids
corehr:approval_groups.orgdraft_job_change:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_job_change_list_by_ids
corehr:approval_groups.orgdraft_position_change:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_position_change_list_by_ids
corehr:approval_groups:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/get
corehr:authorization.bp:read|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/security_group/query
corehr:authorization:read|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/authorization/query
corehr:authorization:write|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/authorization/add_role_assign
corehr:bp.get_by_department:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/bp/get_by_department
corehr:bp.list:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/bp/list
corehr:common_data.basic_data:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/basic_info-bank/search
corehr:common_data.id.convert:read|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/common_data-id/convert
corehr:common_data.meta_data:read|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/custom_field/get_by_param
corehr:common_data.meta_data:write|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/common_data-meta_data/add_enum_option
corehr:common_data.preset_data:read|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/employee_type/get
corehr:common_data.preset_data:write|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/employee_type/create
corehr:company:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/company/batch_get
corehr:company:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/company/active
corehr:compensation.insurance:read|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/social_insurance/list
corehr:compensation.lump_sum_payment:read|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/lump_sum_payment/query
corehr:compensation.lump_sum_payment:write|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/lump_sum_payment/batch_create
corehr:compensation.recurring_payment:delete|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/recurring_payment/batch_remove
corehr:compensation.recurring_payment:read|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/recurring_payment/query
corehr:compensation.recurring_payment:update|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/recurring_payment/batch_update
corehr:compensation.recurring_payment:write|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/recurring_payment/batch_create
corehr:compensation.social_adjust_record:read|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/social_archive_adjust_record/query
corehr:compensation.social_archive:read|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/social_archive/query
corehr:compensation.social_plan:read|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/social_plan/list
corehr:compensation_archive:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/compensation-v1/archive/create
corehr:compensation_archive_detail.change_description:read|CD|||/uAjLw4CM/ukTMukTMukTM/compensation-v1/archive/query
corehr:compensation_archive_detail.indicators:read|CD|||/uAjLw4CM/ukTMukTMukTM/compensation-v1/archive/query
corehr:compensation_archive_detail.items:read|CD|||/uAjLw4CM/ukTMukTMukTM/compensation-v1/archive/query
corehr:compensation_archive_detail.plan:read|CD|||/uAjLw4CM/ukTMukTMukTM/compensation-v1/archive/query
corehr:compensation_archive_detail.salary_level:read|CD|||/uAjLw4CM/ukTMukTMukTM/compensation-v1/archive/query
corehr:compensation_archive_detail:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/compensation-v1/archive/query
corehr:compensation_change_reason:read|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/change_reason/list
corehr:compensation_indicator:read|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/indicator/list
corehr:compensation_item:read|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/item/list
corehr:compensation_item_category:read|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/item_category/list
corehr:compensation_lump_sum_payment.binding_period_offboarding_type:read|D|||/uAjLw4CM/ukTMukTMukTM/compensation-v1/lump_sum_payment/query
corehr:compensation_lump_sum_payment.return_amount_after_tax:read|D|||/uAjLw4CM/ukTMukTMukTM/compensation-v1/lump_sum_payment/query
corehr:compensation_lump_sum_payment.return_amount_before_tax:read|D|||/uAjLw4CM/ukTMukTMukTM/compensation-v1/lump_sum_payment/query
corehr:compensation_lump_sum_payment_detail.belong_time:read|D|||/uAjLw4CM/ukTMukTMukTM/compensation-v1/lump_sum_payment/query
corehr:compensation_plan:read|CD|t||/uAjLw4CM/ukTMukTMukTM/compensation-v1/plan/list
corehr:compensation_plan_detail.indicators:read|CD|||/uAjLw4CM/ukTMukTMukTM/compensation-v1/plan/list
corehr:compensation_plan_detail.items:read|CD|||/uAjLw4CM/ukTMukTMukTM/compensation-v1/plan/list
corehr:compensation_standards:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/compensation_standard/match
corehr:contract.company:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/contract/search
corehr:contract.company:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/contract/search
corehr:contract.period:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/contract/search
corehr:contract.period:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/contract/search
corehr:contract:create|C|||
corehr:contract:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/contract/search
corehr:contract:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/contract/search
corehr:corehr|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/authorization/get_by_param
corehr:corehr:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/authorization/get_by_param
corehr:cost_allocation:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/cost_allocation/batch_query
corehr:cost_allocation:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/cost_allocation/batch_query
corehr:cost_center:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/cost_center/query_multi_timeline
corehr:cost_center:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/cost_center/create
corehr:custom_org:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/custom_org/query
corehr:custom_org:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/custom_org/active
corehr:default_cost_center:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/default_cost_center/batch_query
corehr:default_cost_center:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/default_cost_center/batch_query
corehr:department.cost_center_id:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/department/batch_get
corehr:department.custom_fields:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/department/batch_get
corehr:department.manager.search:read|C|||
corehr:department.manager:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/department/batch_get
corehr:department.operation_log:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/department/query_operation_logs
corehr:department.organize.search:read|C|||
corehr:department.organize:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/department/parents
corehr:department:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/department/batch_get
corehr:department:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/department/batch_get
corehr:draft:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/draft/get
corehr:employee.add:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/create
corehr:employee.all_bp:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-bp/batch_get
corehr:employee.bp:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-bp/batch_get
corehr:employee.event:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/events/domain_event
corehr:employee.job_data:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-job_data/batch_get
corehr:employee.update:write|C|||
corehr:employee:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employee:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employees.international_assignment:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employees.international_assignment:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/offboarding/events/checklist_updated
corehr:employment.archive_cpst_plan:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.assignment:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.assignment_pay_group:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.compensation_type:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:employment.compensation_type:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:employment.contract_type:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.cost_center:read|C|||
corehr:employment.custom_field:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.custom_org:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee-custom_org/employment_custom_org_record
corehr:employment.custom_org:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee-custom_org/create_emp_custom_org
corehr:employment.custom_org_field:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.custom_org_field:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.has_offer_salary:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:employment.international_assignment.bt:read|C|||
corehr:employment.international_assignment.compensation_type:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employment.international_assignment.compensation_type:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment.international_assignment.custom_field.apaas_id__c:read|C|||
corehr:employment.international_assignment.custom_field:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employment.international_assignment.custom_field:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment.international_assignment.job:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employment.international_assignment.job:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment.international_assignment.job_family:read|C|||
corehr:employment.international_assignment.job_family:write|C|||
corehr:employment.international_assignment.job_grade:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employment.international_assignment.job_grade:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment.international_assignment.job_level:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employment.international_assignment.job_level:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment.international_assignment.position:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employment.international_assignment.position:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment.international_assignment.service_company:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employment.international_assignment.service_company:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment.international_assignment.weekly_working_hours:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employment.international_assignment.weekly_working_hours:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment.international_assignment.work_calendar:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employment.international_assignment.work_calendar:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment.international_assignment.work_location:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employment.international_assignment.work_location:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment.international_assignment.work_shift:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employment.international_assignment.work_shift:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment.international_assignment.working_hours_type:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/list
corehr:employment.international_assignment.working_hours_type:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-international_assignment/create
corehr:employment.job:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_job_change_list_by_ids
corehr:employment.job_grade:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_job_change_list_by_ids
corehr:employment.job_grade:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_job_change_list_by_ids
corehr:employment.job_level:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_job_change_list_by_ids
corehr:employment.job_level:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_job_change_list_by_ids
corehr:employment.non_compete_covenant:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:employment.non_compete_covenant:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:employment.offboarding_reason.search:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/offboarding/search
corehr:employment.offboarding_reason:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.pathway:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.pathway:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.pay_group:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.position:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.position:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.recruitment_project_id:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:employment.seniority_adjust_information:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment.seniority_adjust_information:write|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:employment:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/employment/events/created
corehr:employment:readonly|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/offboarding/events/checklist_updated
corehr:employment:write|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/employment/create
corehr:file:download|C|||
corehr:file:write|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/file/get
corehr:flow.definition:read|C|||
corehr:international_assignment:read|C|||
corehr:international_assignment:write|C|||
corehr:job.job_level:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:job.only:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job/batch_get
corehr:job:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job/batch_get
corehr:job:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job/batch_get
corehr:job_change.company:read|C|||
corehr:job_change.company:write|C|||
corehr:job_change.compensation_type:read|C|||
corehr:job_change.compensation_type:write|C|||
corehr:job_change.contract_end_date:read|C|||
corehr:job_change.contract_end_date:write|C|||
corehr:job_change.contract_number:read|C|||
corehr:job_change.contract_number:write|C|||
corehr:job_change.contract_start_date:read|C|||
corehr:job_change.contract_start_date:write|C|||
corehr:job_change.contract_type:read|C|||
corehr:job_change.contract_type:write|C|||
corehr:job_change.cost_center:read|C|||
corehr:job_change.cost_center:write|C|||
corehr:job_change.custom_field:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_change/create
corehr:job_change.department:read|C|||
corehr:job_change.department:write|C|||
corehr:job_change.direct_manager:write|C|||
corehr:job_change.dotted_manager:write|C|||
corehr:job_change.duration_type:read|C|||
corehr:job_change.duration_type:write|C|||
corehr:job_change.employee_subtype:read|C|||
corehr:job_change.employment_custom_field:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/job_change/create
corehr:job_change.is_adjust_salary:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_change/create
corehr:job_change.job:read|C|||
corehr:job_change.job:write|C|||
corehr:job_change.job_family:read|C|||
corehr:job_change.job_family:write|C|||
corehr:job_change.job_grade:read|C|||
corehr:job_change.job_grade:write|C|||
corehr:job_change.job_level:read|C|||
corehr:job_change.job_level:write|C|||
corehr:job_change.pathway:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_change/create
corehr:job_change.pathway:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_change/create
corehr:job_change.probation_end_date:write|C|||
corehr:job_change.probation_exist:read|C|||
corehr:job_change.probation_exist:write|C|||
corehr:job_change.remark:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_change/create
corehr:job_change.remark:write|C|||
corehr:job_change.service_company:read|C|||
corehr:job_change.service_company:write|C|||
corehr:job_change.signing_type:write|C|||
corehr:job_change.social_security_city:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_change/create
corehr:job_change.social_security_city:write|C|||
corehr:job_change.status_update_event:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_change/events/status_updated
corehr:job_change.update_event:read|D|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/job_change/events/updated
corehr:job_change.update_event_v2:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_change/events/updated
corehr:job_change.weekly_working_hours:write|C|||
corehr:job_change.work_location:write|C|||
corehr:job_change.work_shift:read|C|||
corehr:job_change.work_shift:write|C|||
corehr:job_change.workforce_type:read|C|||
corehr:job_change.workforce_type:write|C|||
corehr:job_change.working_calendar:read|C|||
corehr:job_change.working_calendar:write|C|||
corehr:job_change.working_hours_type:write|C|||
corehr:job_change:create|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_change/create
corehr:job_change:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_change/search
corehr:job_change:write|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/job_change/create
corehr:job_data.assignment_start_reason:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-job_data/batch_get
corehr:job_data.compensation_type:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:job_data.job_data_reason:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-job_data/batch_get
corehr:job_data.service_company:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:job_data.work_shift:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:job_data:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-job_data/batch_get
corehr:job_data:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/job_change/events/updated
corehr:job_data:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employees-job_data/batch_get
corehr:job_family:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_family/batch_get
corehr:job_family:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_family/batch_get
corehr:job_grade:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_grade/query
corehr:job_grade:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_grade/create
corehr:job_level|C|||
corehr:job_level:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_level/batch_get
corehr:job_level:readonly|C|||
corehr:job_level:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/job_level/batch_get
corehr:leave:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/leave/calendar_by_scope
corehr:leave_grant:read|C|||
corehr:leave_grant:write|C|||
corehr:leave_granting_record:write|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/leave_granting_record/create
corehr:leave_record:read|C|||
corehr:leaves:read|C|||
corehr:locations:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/location/batch_get
corehr:locations:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/location/active
corehr:offboarding.block_list:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/offboarding/search
corehr:offboarding.block_list:write|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/offboarding/search
corehr:offboarding.checklist_status_message:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/offboarding/events/checklist_updated
corehr:offboarding.custom_field:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/offboarding/search
corehr:offboarding.last_attendance_date:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/offboarding/search
corehr:offboarding.noncompete_agreement:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/offboarding/search
corehr:offboarding.retain_account:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/offboarding/search
corehr:offboarding.retain_account:write|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/offboarding/search
corehr:offboarding.revoke:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/offboarding/revoke
corehr:offboarding.signature:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/offboarding/search
corehr:offboarding.social_insurance:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/offboarding/search
corehr:offboarding.status_message_v2:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/offboarding/events/status_updated
corehr:offboarding.submit:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/offboarding/submit_v2
corehr:offboarding.update:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/offboarding/edit
corehr:offboarding.update_field_message:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/offboarding/events/updated
corehr:offboarding:read|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/offboarding/search
corehr:offboarding:write|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/offboarding/search
corehr:orgrole_info:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_department_change_list_by_ids
corehr:out:write|C|||
corehr:pathway:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pathway/batch_get
corehr:pathway:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pathway/active
corehr:person.additional_name:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/search
corehr:person.additional_name:write|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/search
corehr:person.additional_nationalities:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/search
corehr:person.additional_nationalities:write|C|||
corehr:person.address:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.address:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.bank_account:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.bank_account:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.born_country_region:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.born_country_region:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.citizenship_status:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/search
corehr:person.citizenship_status:write|C|||
corehr:person.custom_field:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.custom_field:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.date_entered_workforce:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.date_entered_workforce:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.date_of_birth:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.date_of_birth:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.dependent:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.dependent:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.education:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.education:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.email:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.email:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.emergency_contact:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.emergency_contact:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.entry_leave_time:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.entry_leave_time:write|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.gender:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.gender:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.hukou:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.hukou:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.is_disabled:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.is_disabled:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.is_old_alone:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.is_old_alone:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.legal_name:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.legal_name:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.marital_status:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.marital_status:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.martyr_family:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.martyr_family:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.national_id.search:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/search
corehr:person.national_id:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.national_id:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.nationality:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.nationality:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.native_region:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.native_region:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.passport_number:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/person/create
corehr:person.personal_profile:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.personal_profile:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.phone.search:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/search
corehr:person.phone:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.phone:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.political_affiliation:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.political_affiliation:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.preferred_name:write|C|||
corehr:person.race:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.race:write|C|||
corehr:person.religion:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.religion:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.resident_tax:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.resident_tax:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.resident_tax_custom_field:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.resident_tax_custom_field:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.work_experience:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person.work_experience:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/employee/batch_get
corehr:person:read|D|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/person/events/updated
corehr:person:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/person/create
corehr:position.direct_leader:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_position_change_list_by_ids
corehr:position.employee_type:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_position_change_list_by_ids
corehr:position.job:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_position_change_list_by_ids
corehr:position.job_family:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_position_change_list_by_ids
corehr:position.job_grade:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_position_change_list_by_ids
corehr:position.job_level:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_position_change_list_by_ids
corehr:position.working_hours_type:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approval_groups/open_query_position_change_list_by_ids
corehr:position:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/position/query
corehr:position:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/position/active
corehr:pre_hire.abnormal_reason_field:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.background_check_order_account_name:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.background_check_order_complete_time:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.background_check_order_id:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.background_check_order_name:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.background_check_order_package_name:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.background_check_order_result:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.background_check_order_start_time:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.background_check_order_status:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.background_check_order_supplier_name:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.check_in_data:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.company_manual_updated:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.company_sponsored_visa:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.contract_file_id:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.cost_center:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.cost_center:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.dotted_line_manager:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.flow_id:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.office_address:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.onboarding_address:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.search:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/search
corehr:pre_hire.seniority_adjust_information:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.suspected_rehiring:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.withdrawn_reason:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire.working_calendar:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire:check_work_email|C|||
corehr:pre_hire:complete|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/complete
corehr:pre_hire:delete|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/delete
corehr:pre_hire:read|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/pre_hire/onboarding-flow
corehr:pre_hire:read_only|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query
corehr:pre_hire:restore_flow_instance|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/restore_flow_instance
corehr:pre_hire:transform_onboarding_task|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/transform_onboarding_task
corehr:pre_hire:transit_tasks|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/transit_task
corehr:pre_hire:update|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/patch
corehr:pre_hire:withdraw_onboarding|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/withdraw_onboarding
corehr:pre_hire:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/create
corehr:probation.actual_probation_end_date:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/edit
corehr:probation.assessment.submit2:write|C|||
corehr:probation.assessment:read|D|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/search
corehr:probation.assessment:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation-assessment/create
corehr:probation.custom_field:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/search
corehr:probation.custom_field:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/edit
corehr:probation.extended_probation_period_duration:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/edit
corehr:probation.notes:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/search
corehr:probation.notes:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/edit
corehr:probation.probation_expected_end_date:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/edit
corehr:probation.probation_extend_expected_end_date:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/edit
corehr:probation.probation_outcome:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/search
corehr:probation.probation_outcome:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/edit
corehr:probation.probation_start_date:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/edit
corehr:probation.score:read|C|||
corehr:probation.self_review:read|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/search
corehr:probation.self_review:write|CD|||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/edit
corehr:probation.submit:write|C|||
corehr:probation:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/search
corehr:probation:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/probation/edit
corehr:process.detail:read|C|||
corehr:process.instance:read|C|||
corehr:process.instance:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/process-approver/update
corehr:process:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/approver/list
corehr:report.data:read|C|||
corehr:security_group:read|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/security_group/list
corehr:signature.file:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/signature_file/list_by_biz_id
corehr:signature_file.pre_hire:read|C|||
corehr:signature_file.pre_hire:write|C|||
corehr:signature_file:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/corehr-v2/signature_file/download
corehr:signature_file:terminate|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/signature_file/terminate
corehr:signature_template:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/signature_template_info_with_thumbnail/list
corehr:transfer_reason:read|D|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/transfer_reason/query
corehr:transfer_type:readonly|D|t||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/transfer_type/query
corehr:work_calendar:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/leave/calendar_by_scope
corehr:workforce_detail:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/workforce_plan_detail/batch
corehr:workforce_detail:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/workforce_plan_detail_row/batchDelete
corehr:workforce_plan:read|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/workforce_plan/list
corehr:workforce_plan_centralized_reporting_project_detail:write|CD|t||/uAjLw4CM/ukTMukTMukTM/corehr-v2/report_detail_row/batchDelete
directory:custom_field:write|C|||
directory:department.base:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.count:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.create:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/create
directory:department.custom_field:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.data_source:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.delete:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/delete
directory:department.department_path:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.external_id:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.has_child:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.idconvert:read|C|||
directory:department.leader:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.name:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.order_weight:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.organization:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.parent_id:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.status:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department.update:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/patch
directory:department:list|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/filter
directory:department:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/mget
directory:department:search|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/search
directory:department:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/create
directory:employee.base.active_status:read|D|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.avatar:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.background_image:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.base:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.custom_field:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.data_source:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.department:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.department_path:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.dept_order:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.description:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.dotted_line_leaders:read|D|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.email:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/user/patch
directory:employee.base.enterprise_email:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.enterprise_email_alias:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.external_id:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/department/create
directory:employee.base.gender:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.geo:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.geo:write|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/create
directory:employee.base.is_admin:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.is_primary_admin:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.is_resigned:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.leader:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.leader_id:read|D|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.mobile:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.name.another_name:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.name.first_name:read|C|||
directory:employee.base.name.last_name:read|C|||
directory:employee.base.name.name:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.resign_time:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.role:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.status:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.subscription_ids:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.base.subscription_ids:write|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/create
directory:employee.create:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/create
directory:employee.idconvert:read|C|||
directory:employee.resign:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/delete
directory:employee.resurrect:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/resurrect
directory:employee.to_be_resigned:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/regular
directory:employee.update:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/patch
directory:employee.work.base_work:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.employment:read|D|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.employment_type:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.extension_number:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.job_family:read|D|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.job_level:read|D|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.job_number:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.job_title:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.join_date:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.positions:read|C|||
directory:employee.work.resign_date:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.resign_reason:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.resign_remark:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.resign_type:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.staff_status:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.work_country_or_region:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.work_place:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee.work.work_station:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee:list|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:employee:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/mget
directory:employee:search|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/search
directory:employee:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/create
directory:employee_type_enum:write|C|||
directory:job_family.base:read|D|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:job_family.path:read|D|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:job_family.status:read|D|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:job_level.base:read|D|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:job_level.order:read|D|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:job_level.status:read|D|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:job_title.base:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:job_title.status:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:job_title:write|C|||
directory:place.base:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:place.status:read|CD|||/uAjLw4CM/ukTMukTMukTM/directory-v1/employee/filter
directory:place:write|C|||
docs:doc|CD|tu||/ukTMukTMukTM/uADOzUjLwgzM14CM4MTN
docs:doc:readonly|CD|tu||/ukTMukTMukTM/uADOzUjLwgzM14CM4MTN
docs:document.comment:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file-comment-reply/create
docs:document.comment:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file-comment-reply/delete
docs:document.comment:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file-comment/batch_query
docs:document.comment:update|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file-comment/patch
docs:document.comment:write_only|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file-comment/create
docs:document.content:read|CD|tu||/ukTMukTMukTM/uUDM2YjL1AjN24SNwYjN
docs:document.media:download|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/media/batch_get_tmp_download_url
docs:document.media:upload|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/media/upload_all
docs:document.subscription|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file-subscription/create
docs:document.subscription:read|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file-subscription/get
docs:document:copy|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file/copy
docs:document:export|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/export_task/create
docs:document:import|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/import_task/create
docs:event.document_deleted:read|CD|||/ukTMukTMukTM/uUDN04SN0QjL1QDN/event/delete-file-to-trash-can
docs:event.document_edited:read|CD|||/ukTMukTMukTM/uUDN04SN0QjL1QDN/event/file-edited
docs:event.document_opened:read|CD|||/ukTMukTMukTM/uUDN04SN0QjL1QDN/event/file-read
docs:event:subscribe|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file/delete_subscribe
docs:permission.member|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/permission-member/batch_create
docs:permission.member:auth|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/permission-member/auth
docs:permission.member:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file/events/permission_member_applied
docs:permission.member:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/permission-member/delete
docs:permission.member:readonly|C|||
docs:permission.member:retrieve|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/event/file-collaborator-add
docs:permission.member:transfer|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/permission-member/transfer_owner
docs:permission.member:update|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/permission-member/update
docs:permission.setting|C|||
docs:permission.setting:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/permission-public/get
docs:permission.setting:readonly|C|||
docs:permission.setting:write_only|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/permission-public/patch
document_ai:bank_card:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/bank_card/recognize
document_ai:business_card:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/business_card/recognize
document_ai:business_license:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/business_license/recognize
document_ai:chinese_passport:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/chinese_passport/recognize
document_ai:contract:field_extract|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/contract/field_extraction
document_ai:driving_license:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/driving_license/recognize
document_ai:food_manage_license:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/food_manage_license/recognize
document_ai:food_produce_license:recoginze|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/food_produce_license/recognize
document_ai:health_certificate:recognize|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/health_certificate/recognize
document_ai:hkm_mainland_travel_permit:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/hkm_mainland_travel_permit/recognize
document_ai:id_card:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/id_card/recognize
document_ai:resume:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/resume/parse
document_ai:taxi_invoice:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/taxi_invoice/recognize
document_ai:train_invoice:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/train_invoice/recognize
document_ai:tw_mainland_travel_permit:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/tw_mainland_travel_permit/recognize
document_ai:vat_invoice:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/vat_invoice/recognize
document_ai:vehicle_invoice:recognize|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/vehicle_invoice/recognize
document_ai:vehicle_license:recognize|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/document_ai-v1/vehicle_license/recognize
docx:document|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/document-docx/docx-v1/document/create
docx:document.block:convert|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/document-docx/docx-v1/document/convert
docx:document:create|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/document-docx/docx-v1/document/create
docx:document:readonly|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/document-docx/docx-v1/document/get
docx:document:write_only|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/document-docx/docx-v1/document-block/batch_update
drive:drive|CD|tu||/ukTMukTMukTM/uADOzUjLwgzM14CM4MTN
drive:drive.metadata:readonly|CD|tu||/ukTMukTMukTM/uczN3UjL3czN14yN3cTN
drive:drive.search:readonly|C|||
drive:drive:readonly|CD|tu||/ukTMukTMukTM/uADOzUjLwgzM14CM4MTN
drive:drive:version|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file-version/create
drive:drive:version:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file-version/get
drive:export:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/export_task/create
drive:file|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/permission-public/get
drive:file.like:readonly|CD|tu||/ukTMukTMukTM/uIzNzUjLyczM14iM3MTN/drive-v2/file-like/list
drive:file.meta.sec_label.read_only|CD|||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/meta/batch_query
drive:file:download|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file/download
drive:file:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file/download
drive:file:upload|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file/upload_all
drive:file:view_record:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file-view_record/list
ea_integration_platform:lawfirm_attorney_capacity:read|C|||
ehr:attachment:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/ehr/ehr-v1/attachment/get
ehr:employee:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/ehr/ehr-v1/employee/list
elearning:course_learner_data|D|||/uAjLw4CM/ukTMukTMukTM/elearning-v2/course_registration/events/created
elearning:course_learner_data:readonly|D|||/uAjLw4CM/ukTMukTMukTM/elearning-v2/course_registration/events/created
elearning:course_learner_data:write|D|||/uAjLw4CM/ukTMukTMukTM/elearning-v2/course_registration/events/created
event:ip_list|CD|t||/ukTMukTMukTM/uYDNxYjL2QTM24iN0EjN/event-v1/outbound_ip/list
financial_access_platform:data:write|C|||
helpdesk:all|CD|tu||/uAjLw4CM/ukTMukTMukTM/helpdesk-v1/agent/patch
helpdesk:all:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/helpdesk-v1/agent/agent_email
helpdesk:helpdesk:access|CD|t||/uAjLw4CM/ukTMukTMukTM/helpdesk-v1/ticket/start_service
hire:advertisement|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/advertisement/publish
hire:agency|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/agency/batch_query
hire:agency.email:readonly|D|||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/agency/batch_query
hire:agency.mobile:readonly|D|||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/agency/get_agency_account
hire:agency:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/agency/batch_query
hire:agency_account|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/agency/get_agency_account
hire:agency_account:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/agency/get_agency_account
hire:agency_salary:readonly|D|||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/application/get_detail
hire:application|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/application/create
hire:application:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/application/get
hire:attachment|CD|t||/ukTMukTMukTM/uIDN1YjLyQTN24iM0UjN/create_attachment
hire:attachment:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/attachment/get
hire:auth|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/role/get
hire:auth:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/role/get
hire:background_check_order|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/background_check_order/batch_query
hire:background_check_order:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/background_check_order/batch_query
hire:ehr_import|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/ehr_import_task/patch
hire:employee|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/employee/get
hire:employee.email:readonly|D|||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/background_check_order/batch_query
hire:employee.mobile:readonly|D|||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/background_check_order/batch_query
hire:employee:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/employee/get
hire:evaluation:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/evaluation/list
hire:exam|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/exam/create
hire:exam:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/test/search
hire:external_application|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/external_application/create
hire:external_application:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/external_background_check/batch_query
hire:external_offer|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/external_offer/batch_query
hire:external_offer:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/external_offer/batch_query
hire:external_referral_reward|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/external_referral_reward/create
hire:interview|CD|tu||/uAjLw4CM/ukTMukTMukTM/hire-v2/interview_record/get
hire:interview:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/hire-v2/interview_record/get
hire:interviewer|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/interviewer/list
hire:interviewer:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/interviewer/list
hire:job|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/job-manager/batch_update
hire:job.composite_info:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/job/get_detail
hire:job:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/job/config
hire:job_process:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/job_process/list
hire:job_requirement|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/job_requirement/create
hire:job_requirement:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/job_requirement/list
hire:location:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/location/list
hire:note|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/note/create
hire:note:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/note/get
hire:offer|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/offer/create
hire:offer:low_sensitive_info:readonly|D|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/offer/get
hire:offer:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/offer/get
hire:offer_approval_template:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/offer_approval_template/list
hire:offer_salary:readonly|D|||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/application/get_detail
hire:offer_schema:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/offer_application_form/get
hire:offer_selection_object|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/offer_custom_field/update
hire:questionnaire|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/questionnaire/list
hire:questionnaire:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/questionnaire/list
hire:referral|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/referral/get_by_application
hire:referral:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/referral/get_by_application
hire:referral_account|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/referral_account/create
hire:referral_account:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/referral_account/get_account_assets
hire:referral_website:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/referral_website-job_post/get
hire:report.data:read|C|||
hire:site|CD|tu||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/website-channel/create
hire:site:readonly|CD|tu||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/website-channel/list
hire:site_application|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/website-delivery/create_by_attachment
hire:site_application:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/website-delivery_task/get
hire:site_job_post:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/website-job_post/get
hire:subject:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/subject/list
hire:talent|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/diversity_inclusion/search
hire:talent.email:readonly|D|||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/background_check_order/batch_query
hire:talent.mobile:readonly|D|||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/background_check_order/batch_query
hire:talent:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/diversity_inclusion/search
hire:talent_blocklist|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/talent_blocklist/change_talent_block
hire:talent_blocklist:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/hire-v2/talent/get
hire:talent_folder|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/talent_folder/list
hire:talent_folder:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/talent_folder/list
hire:talent_folder_association|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/talent/add_to_folder
hire:talent_onboard_status:readonly|D|||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/talent/batch_get_id
hire:talent_tag|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/talent_tag/list
hire:talent_tag:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/talent_tag/list
hire:todo:readonly|CD|u||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/todo/list
hire:tripartite_agreement|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/tripartite_agreement/create
hire:tripartite_agreement:readonly|CD|t||/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/tripartite_agreement/list
human_authentication:identity|D|t||/uAjLw4CM/ukTMukTMukTM/reference/human_authentication-v1/identity/create
im:app_feed_card:write|CD|t||/uAjLw4CM/ukTMukTMukTM/group/im-v2/app_feed_card/create
im:biz_entity_tag_relation:read|CD|t||/uAjLw4CM/ukTMukTMukTM/group/im-v2/biz_entity_tag_relation/get
im:biz_entity_tag_relation:write|CD|t||/uAjLw4CM/ukTMukTMukTM/group/im-v2/biz_entity_tag_relation/create
im:chat|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat/create
im:chat.access_event.bot_p2p_chat:read|C|||
im:chat.announcement:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-announcement/get
im:chat.announcement:write_only|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-announcement/patch
im:chat.chat_pins:read|C|||
im:chat.chat_pins:write_only|C|||
im:chat.collab_plugins:read|C|||
im:chat.collab_plugins:write_only|C|||
im:chat.group_info:readonly|D|tu|1|/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat/list
im:chat.managers:write_only|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-managers/add_managers
im:chat.members:bot_access|CD|||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-member-bot/events/added
im:chat.members:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-members/get
im:chat.members:write_only|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-members/create
im:chat.menu_tree:read|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-menu_tree/get
im:chat.menu_tree:write_only|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-menu_tree/create
im:chat.moderation:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-moderation/get
im:chat.tabs:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-tab/list_tabs
im:chat.tabs:write_only|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-tab/create
im:chat.top_notice:write_only|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-top_notice/delete_top_notice
im:chat.widgets:read|C|||
im:chat.widgets:write_only|C|||
im:chat:create|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat/create
im:chat:create_by_user|C|u||
im:chat:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat/delete
im:chat:moderation:write_only|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-moderation/update
im:chat:operate_as_owner|C|||
im:chat:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat/get
im:chat:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat-moderation/get
im:chat:update|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/chat/update
im:datasync.feed_card.time_sensitive:write|CD|t||/uAjLw4CM/ukTMukTMukTM/group/im-v2/feed_card/bot_time_sentive
im:message|CD|tu||/ukTMukTMukTM/ucDO1EjL3gTNx4yN4UTM
im:message.group_at_msg|D||1|/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/events/receive
im:message.group_at_msg.include_bot:readonly|D|||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/events/receive
im:message.group_at_msg:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/events/receive
im:message.group_msg|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/events/receive
im:message.group_msg:get_as_user|C|u||
im:message.group_msg:readonly|D|||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/events/receive
im:message.history:readonly|D|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message-resource/get
im:message.p2p_msg|D||1|/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/events/receive
im:message.p2p_msg:get_as_user|C|u||
im:message.p2p_msg:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/events/receive
im:message.pins:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/pin/list
im:message.pins:write_only|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/pin/create
im:message.reactions:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message-reaction/batch_query
im:message.reactions:write_only|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message-reaction/create
im:message.send_as_user|C|u||
im:message.urgent|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/urgent_app
im:message.urgent.status:write|C|||
im:message.urgent:app_send|D|t|1|/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/urgent_app
im:message.urgent:phone|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/urgent_phone
im:message.urgent:phone_send|D|t|1|/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/urgent_phone
im:message.urgent:sms|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/urgent_sms
im:message.urgent:sms_send|D|t|1|/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/urgent_sms
im:message:basic|D|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/read_users
im:message:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message-resource/get
im:message:recall|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/delete
im:message:send|D|tu|1|/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/create
im:message:send_as_bot|CD|tu||/ukTMukTMukTM/ucDO1EjL3gTNx4yN4UTM
im:message:send_multi_depts|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/batch_message/delete
im:message:send_multi_users|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/batch_message/delete
im:message:send_sys_msg|C|||
im:message:update|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/update
im:resource|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/file/create
im:resource:upload|D|t||/uAjLw4CM/ukTMukTMukTM/reference/im-v1/file/create
im:tag:read|CD|t||/uAjLw4CM/ukTMukTMukTM/group/im-v2/biz_entity_tag_relation/get
im:tag:write|CD|t||/uAjLw4CM/ukTMukTMukTM/group/im-v2/tag/create
im:url_preview.update|CD|t||/uAjLw4CM/ukTMukTMukTM/group/im-v2/url_preview/batch_update
im:user_agent:read|C|||
mail:event|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-event/subscribe
mail:mailgroup|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/mailgroup/create
mail:mailgroup:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/mailgroup/get
mail:public_mailbox|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/public_mailbox/create
mail:public_mailbox.public_mailbox_geo|D|||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/public_mailbox/create
mail:public_mailbox:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/public_mailbox/get
mail:user_mailbox|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user/query
mail:user_mailbox.event.mail_address:read|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-event/events/message_received
mail:user_mailbox.folder:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-folder/get
mail:user_mailbox.folder:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-folder/create
mail:user_mailbox.mail_contact.mail_address:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-mail_contact/create
mail:user_mailbox.mail_contact.phone:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-mail_contact/create
mail:user_mailbox.mail_contact:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-mail_contact/list
mail:user_mailbox.mail_contact:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-mail_contact/create
mail:user_mailbox.message.address:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-message/batch_get
mail:user_mailbox.message.body:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-message-attachment/download_url
mail:user_mailbox.message.subject:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-message/batch_get
mail:user_mailbox.message:modify|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-draft/create
mail:user_mailbox.message:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-draft/get
mail:user_mailbox.message:send|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-draft/send
mail:user_mailbox.rule:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-rule/list
mail:user_mailbox.rule:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox-rule/create
mail:user_mailbox:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/mail-v1/user_mailbox/accessible_mailboxes
mdm:company.company_bank_account.account:readonly|C|||
mdm:country_region:read|CD|t||/uAjLw4CM/ukTMukTMukTM/mdm-v3/batch_country_region/get
mdm:legal_entity|C|||
mdm:legal_entity:readonly|C|||
mdm:spend|C|||
mdm:spend:readonly|C|||
mdm:user_auth|D|t||/uAjLw4CM/ukTMukTMukTM/mdm-v1/user_auth_data_relation/bind
mdm:vendor|C|||
mdm:vendor:readonly|C|||
minutes:minute:download|D|tu||/uAjLw4CM/ukTMukTMukTM/minutes-v1/minute-media/get
minutes:minutes|CD|tu||/uAjLw4CM/ukTMukTMukTM/minutes-v1/minute/get
minutes:minutes.artifacts:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/minutes-v1/minute/artifacts
minutes:minutes.basic:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/minutes-v1/minute/get
minutes:minutes.media:export|CD|tu||/uAjLw4CM/ukTMukTMukTM/minutes-v1/minute-media/get
minutes:minutes.search:read|CD|u||/uAjLw4CM/ukTMukTMukTM/minutes-v1/minute/search
minutes:minutes.statistics:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/minutes-v1/minute-statistics/get
minutes:minutes.transcript:export|CD|tu||/uAjLw4CM/ukTMukTMukTM/minutes-v1/minute-transcript/get
minutes:minutes:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/minutes-v1/minute/get
moments:moments:access_all|D|t||/uAjLw4CM/ukTMukTMukTM/moments-v1/comment/events/created
moments:moments:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/moments-v1/comment/events/created
myai_data:myai_data:read|C|||
offline_access|CD|||/uAjLw4CM/ukTMukTMukTM/authentication-management/access-token/bytedance-only
okr:okr|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/okr-v1/okr/batch_get
okr:okr.content:readonly|C|tu||
okr:okr.content:writeonly|C|||
okr:okr.period:readonly|C|tu||
okr:okr.period:writeonly|C|||
okr:okr.progress.file:upload|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/okr-v1/image/upload
okr:okr.progress:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/okr-v1/progress_record/delete
okr:okr.progress:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/okr-v1/progress_record/get
okr:okr.progress:writeonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/okr-v1/progress_record/create
okr:okr.review:readonly|C|||
okr:okr:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/okr-v1/okr/batch_get
optical_char_recognition:image|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/optical_char_recognition-v1/image/basic_recognize
passport:session:logout|CD|t||/uAjLw4CM/ukTMukTMukTM/passport-v1/session/logout
passport:session_mask:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/passport-v1/session/query
payroll:cost_allocation_details:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/payroll-v1/cost_allocation_detail/list
payroll:cost_allocation_plan:read|CD|t||/uAjLw4CM/ukTMukTMukTM/payroll-v1/cost_allocation_plan/list
payroll:cost_allocation_report:read|CD|t||/uAjLw4CM/ukTMukTMukTM/payroll-v1/cost_allocation_report/list
payroll:external_datasource_configuration:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/payroll-v1/datasource/list
payroll:external_datasource_record:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/payroll-v1/datasource_record/query
payroll:external_datasource_record:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/payroll-v1/datasource_record/save
payroll:pay_groups:read|CD|t||/uAjLw4CM/ukTMukTMukTM/payroll-v1/paygroup/list
payroll:payment_activity:archive|CD|tu||/uAjLw4CM/ukTMukTMukTM/payroll-v1/payment_activity/archive
payroll:payment_activity:monitor|CD|||/uAjLw4CM/ukTMukTMukTM/payroll-v1/payment_activity/events/approved
payroll:payment_activity:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/payroll-v1/payment_activity/list
payroll:payment_activity_details:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/payroll-v1/payment_activity_detail/list
payroll:payment_details:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/payroll-v1/payment_detail/query
payroll:payroll_calculation_item:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/payroll-v1/acct_item/list
performance:metric:read|CD|t||/uAjLw4CM/ukTMukTMukTM/performance-v2/metric_detail/query
performance:metric:write|CD|t||/uAjLw4CM/ukTMukTMukTM/performance-v2/metric_detail/import
performance:metric_lib:read|CD|t||/uAjLw4CM/ukTMukTMukTM/performance-v2/metric_tag/list
performance:performance|CD|tu||/uAjLw4CM/ukTMukTMukTM/performance-v2/indicator/query
performance:performance:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/performance-v2/indicator/query
performance:review_template:read|CD|t||/uAjLw4CM/ukTMukTMukTM/performance-v2/indicator/query
performance:semester:read|CD|t||/uAjLw4CM/ukTMukTMukTM/performance-v1/semester/list
performance:semester_activity:read|CD|t||/uAjLw4CM/ukTMukTMukTM/performance-v2/activity/query
performance:semester_activity:write|CD|t||/uAjLw4CM/ukTMukTMukTM/performance-v2/additional_informations-batch/delete
performance:semester_user:read|CD|t||/uAjLw4CM/ukTMukTMukTM/performance-v2/reviewee/query
performance:user_snapshot.department:read|D|||/uAjLw4CM/ukTMukTMukTM/performance-v2/user_info/query
performance:user_snapshot.direct_leader:read|D|||/uAjLw4CM/ukTMukTMukTM/performance-v2/user_info/query
performance:user_snapshot.job_family:read|D|||/uAjLw4CM/ukTMukTMukTM/performance-v2/user_info/query
performance:user_snapshot.job_level:read|D|||/uAjLw4CM/ukTMukTMukTM/performance-v2/user_info/query
personal_settings:status:system_status_operate|CD|t||/uAjLw4CM/ukTMukTMukTM/personal_settings-v1/system_status/batch_close
personal_settings:status:system_status_update|CD|t||/uAjLw4CM/ukTMukTMukTM/personal_settings-v1/system_status/create
report:report|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/report/report-v1/rule-view/remove
report:rule:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/report/report-v1/rule/query
report:task:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/report/report-v1/task/query
search:app|CD|u||/uAjLw4CM/ukTMukTMukTM/search-v2/app/create
search:data_item:create|C|||
search:data_item:delete|C|||
search:data_item:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/search-v2/data_source-item/get
search:data_schemas:create|C|||
search:data_schemas:delete|C|||
search:data_schemas:readonly|C|||
search:data_schemas:update|C|||
search:data_source|CD|t||/uAjLw4CM/ukTMukTMukTM/search-v2/data_source/create
search:data_source:create|C|||
search:data_source:delete|C|||
search:data_source:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/search-v2/data_source/get
search:data_source:update|C|||
search:dataset.docs:create|C|||
search:dataset.docs:delete|C|||
search:dataset:create|C|||
search:dataset:delete|C|||
search:department:read|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/department/search
search:docs:read|CD|u||/uAjLw4CM/ukTMukTMukTM/search-v2/doc_wiki/search
search:memory_graph_tool_call:read|C|||
search:message|CD|u||/uAjLw4CM/ukTMukTMukTM/search-v2/message/create
security_and_compliance:audit_log.openapi_log:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/security_and_compliance-v1/openapi_log/list_data
security_and_compliance:device_apply_record:read|CD|||/uAjLw4CM/ukTMukTMukTM/security_and_compliance-v2/device_apply_record/events/device_apply_event
security_and_compliance:device_apply_record:write|CD|t||/uAjLw4CM/ukTMukTMukTM/security_and_compliance-v2/device_apply_record/update
security_and_compliance:device_record:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/security_and_compliance-v2/device_record/get
security_and_compliance:device_record:write|CD|t||/uAjLw4CM/ukTMukTMukTM/security_and_compliance-v2/device_record/create
security_and_compliance:multi_geo_entity.tenant:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/security_and_compliance-v1/multi_geo_entity-tenant/get
security_and_compliance:user_migration|CD|tu||/uAjLw4CM/ukTMukTMukTM/security_and_compliance-v1/user_migration/cancel
security_and_compliance:user_migration:multi-geo|C|||
security_and_compliance:user_migration:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/security_and_compliance-v1/user_migration/get
security_and_compliance:user_migration_task|C|||
serviceaccount:approval:approvals:read|C|||
sheets:spreadsheet|CD|tu||/ukTMukTMukTM/uUTNzUjL1UzM14SN1MTN/delete-sheet
sheets:spreadsheet.meta:read|C|||
sheets:spreadsheet.meta:write_only|C|||
sheets:spreadsheet:create|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/sheets-v3/spreadsheet/create
sheets:spreadsheet:read|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/sheets-v3/spreadsheet-sheet-filter_view-condition/get
sheets:spreadsheet:readonly|CD|tu||/ukTMukTMukTM/uETMzUjLxEzM14SMxMTN
sheets:spreadsheet:write_only|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/sheets-v3/spreadsheet-sheet-filter_view-condition/create
slides:presentation:create|C|tu||
slides:presentation:read|C|||
slides:presentation:update|C|||
slides:presentation:write_only|C|tu||
space:document.event:read|CD|||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file/events/created_in_folder
space:document:delete|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file/delete
space:document:move|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file/move
space:document:retrieve|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file/list
space:document:shortcut|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file/create_shortcut
space:folder:create|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/file/create_folder
spark:app.access_scope:read|D|u||/uAjLw4CM/ukTMukTMukTM/spark-v1/app/get_app_visibility
spark:app.access_scope:write|D|u||/uAjLw4CM/ukTMukTMukTM/spark-v1/app/update_app_visibility
spark:app.sql_commands:write|CD|u||/uAjLw4CM/ukTMukTMukTM/spark-v1/app/sql_commands
spark:app.storage:write|CD|u||/uAjLw4CM/ukTMukTMukTM/spark-v1/app-storage/download
spark:app.table.record:read|CD|u||/uAjLw4CM/ukTMukTMukTM/spark-v1/app-table/get_table_record_list
spark:app.table.record:write|CD|u||/uAjLw4CM/ukTMukTMukTM/spark-v1/app-table/batch_update_table_records
spark:app.table:read|CD|u||/uAjLw4CM/ukTMukTMukTM/spark-v1/app-enum/get_enum_detail
spark:app.table:write|CD|u||/uAjLw4CM/ukTMukTMukTM/spark-v1/app-enum/get_enum_detail
spark:app:publish|D|u||/uAjLw4CM/ukTMukTMukTM/spark-v1/app/upload_html_code_and_release
spark:app:read|D|u||/uAjLw4CM/ukTMukTMukTM/spark-v1/app/list
spark:app:write|D|u||/uAjLw4CM/ukTMukTMukTM/spark-v1/app/create
spark:data.record.change:read|C|||
spark:directory.user.id_convert:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/spark-v1/directory-user/id_convert
speech_to_text:speech|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/speech_to_text-v1/speech/file_recognize
task:attachment:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/attachment/get
task:attachment:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/attachment/delete
task:comment|CD|tu|1|/uAjLw4CM/ukTMukTMukTM/reference/task-v1/task-comment/create
task:comment:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/comment/get
task:comment:readonly|CD|tu|1|/uAjLw4CM/ukTMukTMukTM/reference/task-v1/task-comment/get
task:comment:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/comment/create
task:custom_field:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/custom_field/get
task:custom_field:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/custom_field/add
task:custom_field:writeonly|D|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/custom_field/add
task:personnel:writeonly|D|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/task/add_members
task:section:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/section/get
task:section:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/section/create
task:section:writeonly|D|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/section/patch
task:task|CD|tu|1|/uAjLw4CM/ukTMukTMukTM/reference/task-v1/task/complete
task:task.event_update_tenant:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/reference/task-v1/task/events/update_tenant
task:task.privilege:read|C|||
task:task:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/task/get
task:task:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/task-v1/task/get
task:task:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/task/add_dependencies
task:task:writeonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/task/create
task:tasklist.privilege:read|C|||
task:tasklist:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/custom_field-option/create
task:tasklist:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/task-v2/custom_field-option/create
tenant:tenant.domain:read|CD|||/uAjLw4CM/ukTMukTMukTM/tenant-v2/tenant/query
tenant:tenant.product_assign_info:read|CD|t||/uAjLw4CM/ukTMukTMukTM/tenant-v2/tenant-product_assign_info/query
tenant:tenant:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/tenant-v2/tenant/query
translation:text|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/ai/translation-v1/text/detect
trust_party:collaboration.tenant:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/trust_party-v1/collaboration_tenant-collaboration_department/get
trust_party:collaboration_rule:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/collaboration_tenant/list
trust_party:collaboration_rule:write|CD|tu||/uAjLw4CM/ukTMukTMukTM/directory-v1/collaboration_rule/create
vc:alert:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/alert/list
vc:export|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/export/download
vc:meeting|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/meeting/end
vc:meeting.all_meeting:readonly|CD|||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/meeting/events/all_meeting_ended
vc:meeting.artifact.note:read|D|||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/meeting/get
vc:meeting.artifact.verbatim:read|D|||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/meeting/get
vc:meeting.meetingevent:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/meeting/get
vc:meeting.meetingid:read|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/meeting/list_by_no
vc:meeting.search:read|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/meeting/search
vc:meeting:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/meeting/get
vc:note:read|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/note/get
vc:record|CD|u||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/meeting-recording/set_permission
vc:record:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/meeting-recording/get
vc:report:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/report/get_daily
vc:reserve|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/reserve/apply
vc:reserve:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/reserve/get
vc:room|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/room_config/set
vc:room:readonly|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/room_config/query
vc:rooms.room.detailinfo:read|D|tu||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/meeting_list/get
vc:rooms.roomlevel:delete|D|||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/room_level/events/deleted
vc:rooms.roomlevel:read|D|||/uAjLw4CM/ukTMukTMukTM/reference/vc-v1/room_level/events/deleted
verification:verification_information:readonly|CD|t||/uAjLw4CM/ukTMukTMukTM/verification-v1/verification/get
wiki:member:create|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space-member/create
wiki:member:retrieve|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space-member/list
wiki:member:update|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space-member/delete
wiki:node:copy|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space-node/copy
wiki:node:create|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space-node/create
wiki:node:move|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space-node/move
wiki:node:read|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space/get_node
wiki:node:retrieve|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space-node/list
wiki:node:update|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space-node/update_title
wiki:setting:read|C|||
wiki:setting:write_only|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space-setting/update
wiki:space:read|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space/get
wiki:space:retrieve|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space/list
wiki:space:write_only|CD|u||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space/create
wiki:wiki|CD|tu||/uAjLw4CM/ukTMukTMukTM/reference/drive-v1/permission-public/get
wiki:wiki:readonly|CD|tu||/ukTMukTMukTM/uUDN04SN0QjL1QDN/wiki-v2/space/get
workplace:workplace_using_data:read|CD|t||/uAjLw4CM/ukTMukTMukTM/workplace-v1/custom_workplace_access_data/search
"""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
