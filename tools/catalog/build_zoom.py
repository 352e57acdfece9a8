"""Generate scopes/providers/zoom.toml from Zoom's published scope lists.

Inputs (read-only; nothing from them is copied except scope names)
  CLASSIC   Zoom's classic-scope page as kept in Zoom's own repository zoom/skills,
            skills/oauth/references/classic-scopes.md (a copy of
            https://developers.zoom.us/docs/integrations/oauth-scopes/)
  GRANULAR  zoom/skills skills/oauth/references/granular-scopes.md (a copy of
            https://developers.zoom.us/docs/integrations/oauth-scopes-granular/)
  --extra   optional: a YAML file whose `zoom:` list names further scopes (the Nango provider
            scope index, which cites the classic-scope page); names found only there are written
            with verified = false, and names that look cut short are skipped.

Output
  scopes/providers/zoom.toml (format: docs/catalog-format.md)

Titles are generated from the structure of each scope name
(service:action:data_claim[:admin|:master]) in our own words; Zoom's descriptions are not used.
Grants follow a keyword map of Zoom services and data claims (SERVICE_DEFAULT, CLAIM_RULES below).

    python3 tools/catalog/build_zoom.py CLASSIC GRANULAR [--extra nango.yaml] [--commit SHA]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "scopes" / "providers" / "zoom.toml"

CLASSIC_URL = "https://developers.zoom.us/docs/integrations/oauth-scopes/"
GRANULAR_URL = "https://developers.zoom.us/docs/integrations/oauth-scopes-granular/"
ACTIONS = {"read", "write", "update", "delete", "patch", "udpate", "wirte"}
VERB_CLAIMS = ("send", "subscribe", "cancel", "migrate", "move", "quick", "import", "insert", "recover", "transfer", "apply",
               "modify", "trash", "untrash", "delete", "patch", "get", "download", "archive", "generate", "assign", "unassign")

# ----------------------------------------------------------------------------------------------
# Words
# ----------------------------------------------------------------------------------------------

SERVICE_NAME = {
    "account": "Zoom account", "aic_archive": "AI Companion archive", "apiconnector": "API Connector",
    "app": "Zoom apps", "archiving": "archived meeting files", "billing": "billing", "calendar": "Zoom Calendar",
    "chat": "Team Chat", "chat_channel": "Team Chat channels", "chat_contact": "Team Chat contacts",
    "chat_event": "Team Chat events", "chat_history_legal_hold": "Team Chat legal holds",
    "chat_message": "Team Chat messages", "chat_migration": "Team Chat migration", "clinical_note": "clinical notes",
    "clips": "Zoom Clips", "cloud_recording": "cloud recordings", "contact": "Zoom contacts",
    "contact_center": "Zoom Contact Center", "contact_group": "contact groups", "crc": "Conference Room Connector",
    "crc_account": "Conference Room Connector", "crc_rooms": "Conference Room Connector rooms",
    "dashboard": "the Zoom dashboard", "data_request": "data requests", "device": "device management",
    "dialer": "Zoom Auto Dialer", "division": "divisions", "docs": "Zoom Docs", "email": "Zoom Mail",
    "group": "user groups", "h323": "H.323 devices", "h323_device": "H.323 devices", "imchat": "Team Chat",
    "imgroup": "Team Chat groups", "information_barrier": "information barriers",
    "information_barriers": "information barriers", "iq_account": "Revenue Accelerator", "iq_coaching": "Revenue Accelerator coaching",
    "iq_comment": "Revenue Accelerator comments", "iq_conversation": "Revenue Accelerator conversations",
    "iq_crm": "Revenue Accelerator CRM data", "iq_deal": "Revenue Accelerator deals", "iq_playlist": "Revenue Accelerator playlists",
    "iq_team": "Revenue Accelerator teams", "mail": "Zoom Mail", "marketplace": "Zoom App Marketplace",
    "marketplace_app": "Zoom App Marketplace apps", "marketplace_custom_fields": "Marketplace custom fields",
    "marketplace_entitlement": "Marketplace entitlements", "meeting": "Zoom Meetings", "meeting_summary": "meeting summaries",
    "meeting_token": "meeting tokens", "number_management": "Number Management", "number_management_numbers": "Number Management",
    "pac": "personal audio conference", "phone": "Zoom Phone", "phone_call_log": "Zoom Phone call logs",
    "phone_peering": "Zoom Phone peering numbers", "phone_recording": "Zoom Phone call recordings", "phone_sms": "Zoom Phone SMS",
    "phone_voicemail": "Zoom Phone voicemail", "qm_evaluations": "Quality Management evaluations",
    "qm_interactions": "Quality Management interactions", "recording": "cloud recordings", "report": "Zoom reports",
    "report_chat": "Team Chat history reports", "role": "roles", "room": "Zoom Rooms", "scheduler": "Zoom Scheduler",
    "scim2": "SCIM user provisioning", "sip_connected_audio": "SIP-connected audio", "sip_phone": "SIP phones",
    "sip_trunk": "SIP trunks", "survey": "surveys", "survey_management": "surveys", "tasks": "Zoom Tasks",
    "tasks_assignee": "task assignees", "tasks_collaborator": "task collaborators", "tasks_comment": "task comments",
    "team_chat": "Team Chat", "tracking_field": "tracking fields", "tracking_fields": "tracking fields", "tsp": "TSP audio",
    "user": "Zoom users", "user_info": "user info", "user_profile": "profile", "user_zak": "ZAK token",
    "video_mgmt": "video management", "video_mgmt_channels": "video management channels", "video_mgmt_file": "video management files",
    "video_mgmt_playlists": "video management playlists", "video_mgmt_videos": "video management videos",
    "visitor_management": "visitor management", "webinar": "Zoom Webinars", "webinar_token": "webinar tokens",
    "whiteboard": "Zoom Whiteboard", "workforce_management": "Workforce Management", "workspace": "workspace reservations",
    "zoom_auto_dialer": "Zoom Auto Dialer", "zoom_commerce": "Zoom Commerce", "zoom_events": "Zoom Events",
    "zoom_rooms": "Zoom Rooms", "zra": "Zoom Revenue Accelerator", "zva": "Zoom Virtual Agent",
    "zva_report": "Zoom Virtual Agent reports", "dashboard_crc": "dashboard (Conference Room Connector)",
    "dashboard_home": "dashboard overview", "dashboard_im": "dashboard (Team Chat)", "dashboard_meetings": "dashboard (meetings)",
    "dashboard_webinars": "dashboard (webinars)", "dashboard_zr": "dashboard (Zoom Rooms)",
    "docs_collaborator": "Zoom Docs collaborators", "docs_export": "Zoom Docs export", "docs_file_owner": "Zoom Docs file owners",
    "docs_file_uploads": "Zoom Docs uploads", "docs_general_access": "Zoom Docs general access", "docs_import": "Zoom Docs import",
    "whiteboard_classification_labels": "whiteboard classification labels", "whiteboard_collaborator": "whiteboard collaborators",
    "whiteboard_content": "whiteboard content", "whiteboard_export": "whiteboard export", "whiteboard_file": "whiteboard files",
    "whiteboard_import": "whiteboard import", "whiteboard_project": "whiteboard projects",
    "whiteboard_project_collaborator": "whiteboard project collaborators", "whiteboard_share_setting": "whiteboard sharing settings",
    "zoom_events_access_links": "Zoom Events access links", "zoom_events_attendee_actions": "Zoom Events attendee actions",
    "zoom_events_basic": "Zoom Events", "zoom_events_coeditor": "Zoom Events co-editors", "zoom_events_coeditors": "Zoom Events co-editors",
    "zoom_events_email": "Zoom Events emails", "zoom_events_exhibitors": "Zoom Events exhibitors", "zoom_events_file": "Zoom Events files",
    "zoom_events_hub": "Zoom Events hubs", "zoom_events_hubs": "Zoom Events hubs", "zoom_events_insights": "Zoom Events insights",
    "zoom_events_registrants": "Zoom Events registrants", "zoom_events_reports": "Zoom Events reports",
    "zoom_events_sessions": "Zoom Events sessions", "zoom_events_speakers": "Zoom Events speakers",
    "zoom_events_ticket_types": "Zoom Events ticket types", "zoom_events_tickets": "Zoom Events tickets",
    "zoom_events_videos": "Zoom Events videos", "zoom_events_vod_channels": "Zoom Events on-demand channels",
    "zoom_events_vod_registration": "Zoom Events on-demand registrations", "zoom_events_vod_reports": "Zoom Events on-demand reports",
}

WORD = {
    "msg": "message", "msgs": "messages", "qa": "Q&A", "qna": "Q&A", "zak": "ZAK token", "qos": "call quality (QoS)",
    "rtms": "realtime media streams", "km": "knowledge-base", "kb": "knowledge base", "kbs": "knowledge bases",
    "ivr": "IVR", "sms": "SMS", "sip": "SIP", "pac": "audio conference", "tsp": "TSP", "crc": "CRC", "zpa": "ZPA",
    "zdm": "ZDM", "vod": "on-demand", "acl": "access-control list", "apiconnector": "API connector", "e911": "E911",
    "zoomroom": "Zoom Room", "zoomrooms": "Zoom Rooms", "pm": "personal meeting", "byo": "bring-your-own",
    "qr": "QR", "ai": "AI", "csv": "CSV", "id": "ID", "ids": "IDs", "udpate": "update", "registraion": "registration",
    "clousre": "closure", "statues": "statuses", "url": "URL", "urls": "URLs", "api": "API",
}

SCOPE_WHO = {
    "user": "your own",
    "admin": "every user in the Zoom account",
    "master": "sub-accounts of a master account",
}


def words(claim: str) -> str:
    return " ".join(WORD.get(w, w) for w in claim.split("_") if w)


# ----------------------------------------------------------------------------------------------
# Categories
# ----------------------------------------------------------------------------------------------

# service (or classic resource) -> default category
SERVICE_DEFAULT = {
    "meeting": "schedule.calendar", "webinar": "schedule.calendar", "calendar": "schedule.calendar",
    "scheduler": "schedule.calendar", "workspace": "schedule.calendar", "zoom_events": "schedule.calendar",
    "cloud_recording": "comm.content", "recording": "comm.content", "team_chat": "comm.content", "chat": "comm.content",
    "chat_message": "comm.content", "imchat": "comm.content", "chat_event": "comm.content", "chat_migration": "comm.content",
    "chat_history_legal_hold": "comm.content", "chat_channel": "social.connections", "chat_contact": "social.contacts",
    "email": "comm.content", "mail": "comm.content", "meeting_summary": "comm.content", "archiving": "comm.content",
    "aic_archive": "comm.content", "zra": "comm.content", "iq_conversation": "comm.content", "iq_coaching": "comm.content",
    "iq_comment": "content.ugc", "iq_playlist": "comm.content", "iq_deal": "resource.business", "iq_crm": "resource.business",
    "iq_account": "resource.app_config", "iq_team": "org.directory", "qm_interactions": "comm.content",
    "qm_evaluations": "resource.business", "zva": "comm.content", "zva_report": "comm.content",
    "phone": "resource.app_config", "phone_call_log": "comm.metadata", "phone_recording": "comm.content",
    "phone_sms": "comm.content", "phone_voicemail": "comm.content", "phone_peering": "contact.phone",
    "number_management": "contact.phone", "number_management_numbers": "contact.phone",
    "contact_center": "resource.business", "user": "org.directory", "group": "org.directory", "role": "org.directory",
    "division": "org.directory", "contact_group": "org.directory", "imgroup": "org.directory", "scim2": "org.directory",
    "contact": "org.directory", "workforce_management": "org.directory", "dashboard": "activity.app_usage",
    "report": "activity.app_usage", "report_chat": "comm.metadata", "billing": "resource.business",
    "zoom_commerce": "resource.business", "data_request": "resource.business", "tasks": "resource.business",
    "whiteboard": "content.files", "docs": "content.files", "clips": "content.ugc", "video_mgmt": "content.ugc",
    "visitor_management": "social.contacts", "dialer": "social.contacts", "zoom_auto_dialer": "social.contacts",
    "clinical_note": "health.medical", "survey": "content.ugc", "survey_management": "content.ugc",
    "meeting_token": "auth.secret", "webinar_token": "auth.secret", "user_zak": "auth.secret",
}
for _svc in ("account", "tsp", "pac", "h323", "h323_device", "sip_phone", "sip_trunk", "crc", "crc_account", "crc_rooms",
             "apiconnector", "room", "zoom_rooms", "device", "sip_connected_audio", "tracking_field", "tracking_fields",
             "marketplace", "marketplace_app", "marketplace_custom_fields", "marketplace_entitlement", "app",
             "information_barrier", "information_barriers"):
    SERVICE_DEFAULT[_svc] = "resource.app_config"

# classic resources with a compound name: map by prefix
PREFIX_DEFAULT = [
    ("contact_center_recording", "comm.content"), ("contact_center_engagement", "comm.content"),
    ("contact_center_messaging", "comm.content"), ("contact_center_sms", "comm.content"),
    ("contact_center_voice_call", "comm.metadata"), ("contact_center_inbox", "comm.content"),
    ("contact_center_note", "comm.content"), ("contact_center_contact", "social.contacts"),
    ("contact_center_outbound_campaign_contact", "social.contacts"), ("contact_center_outbound_campaign_dnc", "contact.phone"),
    ("contact_center_user", "org.directory"), ("contact_center_team", "org.directory"), ("contact_center_report", "resource.business"),
    ("contact_center_attachment", "content.files"), ("contact_center_asset_library", "content.files"),
    ("contact_center_block_list", "contact.phone"), ("contact_center_rtms", "comm.content"),
    ("contact_center", "resource.app_config"), ("dashboard", "activity.app_usage"), ("docs", "content.files"),
    ("whiteboard", "content.files"), ("zoom_events_registrants", "social.contacts"), ("zoom_events_attendee", "social.contacts"),
    ("zoom_events_exhibitors", "social.contacts"), ("zoom_events_speakers", "social.contacts"), ("zoom_events_tickets", "finance.transaction"),
    ("zoom_events_email", "comm.content"), ("zoom_events_reports", "activity.app_usage"), ("zoom_events_vod_reports", "activity.app_usage"),
    ("zoom_events_insights", "activity.app_usage"), ("zoom_events_coeditor", "org.directory"), ("zoom_events_videos", "content.ugc"),
    ("zoom_events_file", "content.files"), ("zoom_events", "schedule.calendar"), ("video_mgmt", "content.ugc"),
    ("tasks", "resource.business"), ("qm_", "comm.content"),
]

# data-claim keyword -> category (first match wins)
CLAIM_RULES: list[tuple[str, str]] = [
    (r"token|zak|password|client_secret|private_key|activation_code|participant_identifier_code", "auth.secret"),
    (r"personal_location|detectable", "location.precise"),
    (r"emergency_address|emergency_location|default_emergency", "contact.postal_address"),
    (r"call_log|call_journey|call_charges|fax_charges|fax_log|sms_log|voice_call_log|call_qos|qos|list_user_sessions|channel_activity_logs|message_status", "comm.metadata"),
    (r"transcript|recording|voicemail|message|msg|sms|summary|conversation|engagement|thread|draft|(^|_)qa($|_)|qna|fax|inbox|archive|chat_session|interaction|chat_control|live_meeting_chat|live_webinar_chat|trash|label|history|attachment|scheduled_message|reminder|legal_hold|migrate", "comm.content"),
    (r"registrant|participant|attendee|attendance|panelist|absentee|invitee|speaker|exhibitor|external_contact|address_book|contact|prospect|visitor|check_in|interpreter|reservation", "social.contacts"),
    (r"poll|survey|feedback|comment|emoji|bookmark|pin_message|note", "content.ugc"),
    (r"billing|invoice|plan_usage|subscription|subscribe|order|quote|charges|product_catalog|deal|calling_plan|^plan|additional_plans|cancel_plan", "resource.business"),
    (r"file|files|import|export|download|asset|library|virtual_background|wallpaper", "content.files"),
    (r"dataset|analytics|usage|statistics|quality|feedback|activity|operation_logs|api_logs|presence_status|report|issues|client_versions|sharing|score", "activity.app_usage"),
    (r"number|numbers|carrier|peering", "contact.phone"),
    (r"setting|settings|policy|policies|template|config|branding|rule|options|managed_domains|trusted_domains|lock|profile_picture|color|tag|firmware|provision|line_keys|hierarchy|routing|disposition|skill|flow|business_hour|closure_hour|operating_hours|variable|region|queue|auto_receptionist|common_area|blocked|block|owner|entitlement|custom_field|notification|deeplink|pre_approve|app_request|apps|app$", "resource.app_config"),
    (r"user|users|member|members|administrator|administrators|assistant|scheduler|role|group|groups|division|agent|team|directory|extension|collaborator|coeditor|host|permissions|manage", "org.directory"),
    (r"device|devices|collaboration_device|sensor", "device.hardware_id"),
    (r"meeting|webinar|event|session|calendar|schedule|availability|invitation|invite|instance|livestream|sip_dialing|status", "schedule.calendar"),
]

THIRD_PARTY = {"social.contacts", "social.connections", "social.connection_profiles", "org.directory", "comm.metadata"}


def category(service: str, claim: str) -> list[str]:
    """The categories one scope touches."""
    if service == "user" and claim in ("", "user", "profile_picture", "email", "summary", "status", "feature", "settings", "token", "zak"):
        base = {
            "": ["account.identifier", "profile.name", "contact.email", "account.display_profile"],
            "user": ["account.identifier", "profile.name", "contact.email", "account.display_profile"],
            "profile_picture": ["account.display_profile"], "email": ["contact.email"], "summary": ["org.directory"],
            "status": ["org.directory"], "feature": ["resource.app_config"], "settings": ["resource.app_config"],
            "token": ["auth.secret"], "zak": ["auth.secret"],
        }
        return base[claim]
    if claim:
        for pattern, cat in CLAIM_RULES:
            if re.search(pattern, claim):
                # a few services keep their own meaning for generic claim words
                if service in ("whiteboard", "docs", "clips", "video_mgmt") and cat in ("schedule.calendar", "resource.app_config") and not re.search(r"setting|share_setting|classification", claim):
                    return [SERVICE_DEFAULT.get(service, cat)]
                if service == "zoom_rooms" and cat in ("device.hardware_id", "org.directory", "social.contacts", "schedule.calendar"):
                    return ["resource.app_config"]
                if service == "tasks" and cat in ("schedule.calendar",):
                    return ["resource.business"]
                return [cat]
    for prefix, cat in PREFIX_DEFAULT:
        if service.startswith(prefix):
            return [cat]
    return [SERVICE_DEFAULT.get(service, "resource.app_config")]


# ----------------------------------------------------------------------------------------------
# Parsing and grants
# ----------------------------------------------------------------------------------------------


def parse(scope: str) -> tuple[str, str, str, str]:
    """-> (service, action, claim, level)."""
    parts = scope.split(":")
    service = parts[0]
    action = parts[1] if len(parts) > 1 else ""
    rest = parts[2:]
    if action not in ACTIONS and rest and rest[0] in ACTIONS:  # app:deeplink:write
        action, rest = rest[0], [action] + rest[1:]
    level = "master" if "master" in rest or action == "master" else "admin" if "admin" in rest or action == "admin" else "user"
    if action in ("master", "admin"):
        action = "manage"
    if action == "wirte":
        action = "write"
    claim = "_".join(r for r in rest if r not in ("admin", "master"))
    return service, action, claim, level


def access_for(action: str, level: str, cat: str, classic: bool) -> list[str]:
    read = "read.all" if level != "user" or cat in THIRD_PARTY else "read.self"
    if action == "read":
        return [read]
    if action in ("update", "patch", "udpate"):
        out = ["write.modify"]
    elif action == "delete":
        out = ["write.delete"]
    elif action == "write":
        out = [read, "write.create", "write.modify", "write.delete"] if classic else ["write.create"]
    elif action == "manage":  # account:master style, scim2:admin
        out = [read, "write.create", "write.modify", "write.delete"]
    elif action == "bot":
        out = ["read.selected", "write.create"]
    else:
        out = [read]
    if level != "user" and cat in ("resource.app_config", "org.directory") and action != "read":
        out.append("admin")
    return out


def grants_for(scope: str, classic: bool) -> list[str]:
    service, action, claim, level = parse(scope)
    out: list[str] = []
    for cat in category(service, claim):
        for acc in access_for(action, level, cat, classic):
            out.append(f"{cat}:{acc}")
        if cat == "comm.content" and action in ("write",) and re.search(r"message|msg|sms|chat|send|draft|bot|thread|note|^$", claim or ""):
            out.append("comm.content:act.send")
        if cat == "schedule.calendar" and re.search(r"invit", claim):
            out.append("schedule.calendar:act.send")
    # de-duplicate, keep order
    seen: list[str] = []
    for g in out:
        if g not in seen:
            seen.append(g)
    return seen


SPECIAL_GRANTS = {
    "imchat:bot": ["comm.content:read.selected", "comm.content:write.create", "comm.content:act.send"],
    "imchat:write": ["comm.content:write.create", "comm.content:act.send"],
    "imchat:read:admin": ["comm.content:read.all", "social.connections:read.all", "org.directory:read.all"],
    "scim2": ["org.directory:read.all", "org.directory:write.create", "org.directory:write.modify", "org.directory:write.delete", "org.directory:admin"],
    "scim2:admin": ["org.directory:read.all", "org.directory:write.create", "org.directory:write.modify", "org.directory:write.delete", "org.directory:admin"],
    "user_profile": ["account.identifier:read.self", "profile.name:read.self", "contact.email:read.self", "account.display_profile:read.self"],
    "user_info:read": ["account.identifier:read.self", "profile.name:read.self", "contact.email:read.self", "account.display_profile:read.self"],
    "user:read": ["account.identifier:read.self", "profile.name:read.self", "contact.email:read.self", "account.display_profile:read.self", "resource.app_config:read.self"],
    "user:write": ["account.identifier:read.self", "profile.name:read.self", "profile.name:write.modify", "contact.email:read.self", "account.display_profile:write.modify", "resource.app_config:write.modify", "auth.secret:write.modify"],
    "meeting:read": ["schedule.calendar:read.self", "social.contacts:read.all", "content.ugc:read.self"],
    "meeting:write": ["schedule.calendar:read.self", "schedule.calendar:write.create", "schedule.calendar:write.modify", "schedule.calendar:write.delete", "schedule.calendar:act.send", "social.contacts:read.all", "social.contacts:write.modify", "content.ugc:write.create"],
    "webinar:read": ["schedule.calendar:read.self", "social.contacts:read.all", "content.ugc:read.self"],
    "webinar:write": ["schedule.calendar:read.self", "schedule.calendar:write.create", "schedule.calendar:write.modify", "schedule.calendar:write.delete", "schedule.calendar:act.send", "social.contacts:read.all", "social.contacts:write.modify", "content.ugc:write.create"],
    "recording:read": ["comm.content:read.self", "social.contacts:read.all"],
    "recording:write": ["comm.content:read.self", "comm.content:write.modify", "comm.content:write.delete", "social.contacts:read.all", "resource.app_config:write.modify"],
    "clinical_note:read:admin": ["health.medical:read.all", "comm.content:read.all"],
    "clinical_note:update:admin": ["health.medical:write.modify"],
}
# admin / master forms of the broad classic scopes reach every user in the account
for _base in ("meeting", "webinar", "recording"):
    SPECIAL_GRANTS[f"{_base}:read:admin"] = [g.replace("read.self", "read.all") for g in SPECIAL_GRANTS[f"{_base}:read"]]
    SPECIAL_GRANTS[f"{_base}:write:admin"] = [g.replace("read.self", "read.all") for g in SPECIAL_GRANTS[f"{_base}:write"]]
    SPECIAL_GRANTS[f"{_base}:master"] = SPECIAL_GRANTS[f"{_base}:write:admin"]
SPECIAL_GRANTS["user:read:admin"] = ["org.directory:read.all", "contact.email:read.all", "resource.app_config:read.all"]
SPECIAL_GRANTS["user:write:admin"] = ["org.directory:read.all", "org.directory:write.create", "org.directory:write.modify", "org.directory:write.delete", "org.directory:admin", "auth.secret:write.modify", "resource.app_config:admin"]
SPECIAL_GRANTS["user:master"] = SPECIAL_GRANTS["user:write:admin"]


# ----------------------------------------------------------------------------------------------
# Titles
# ----------------------------------------------------------------------------------------------

CLASSIC_OBJECT = {
    "meeting": "meetings, their settings, registrants, polls and invitations", "webinar": "webinars, their registrants, panelists, polls and settings",
    "recording": "cloud recordings, transcripts and recording settings", "user": "user profiles and settings",
    "phone": "Zoom Phone settings, numbers, devices and call handling", "phone_call_log": "Zoom Phone call history",
    "phone_recording": "Zoom Phone call recordings", "phone_sms": "Zoom Phone text messages", "phone_voicemail": "Zoom Phone voicemails",
    "phone_peering": "phone numbers sent through the peering API", "chat_message": "Team Chat messages", "chat_channel": "Team Chat channels",
    "chat_contact": "Team Chat contacts", "chat": "Team Chat messages and channels", "mail": "Zoom Mail mailboxes",
    "calendar": "Zoom Calendar events", "report": "usage and activity reports", "dashboard": "dashboard data on meetings, webinars, chat and rooms",
    "account": "account settings", "group": "user groups", "role": "roles and their members", "room": "Zoom Rooms",
    "contact": "contacts", "meeting_summary": "AI meeting summaries", "whiteboard": "whiteboards", "clips": "Zoom Clips",
    "docs": "Zoom Docs files", "tasks": "Zoom Tasks", "scheduler": "Zoom Scheduler schedules and bookings",
    "workspace": "workspace reservations", "tsp": "TSP audio accounts", "pac": "personal audio conference accounts",
}


def title_for(scope: str, classic: bool) -> str:
    service, action, claim, level = parse(scope)
    svc = SERVICE_NAME.get(service, words(service))
    who = SCOPE_WHO[level]
    if classic and not claim:
        obj = CLASSIC_OBJECT.get(service, svc)
        if action == "read":
            verb = "See"
        elif action in ("write", "manage"):
            verb = "See and manage"
        elif action == "update":
            verb = "Change"
        elif action == "delete":
            verb = "Delete"
        else:
            verb = "Use"
        if level == "user":
            return f"{verb} your {obj}"
        return f"{verb} the {obj} of {who}"
    obj = words(claim) if claim else svc
    if claim.startswith("list_"):
        phrase = f"List {words(claim[5:])}"
        verb_done = True
    else:
        verb_done = False
    if not verb_done and claim.split("_")[0] in VERB_CLAIMS:
        phrase = words(claim)
        phrase = phrase[0].upper() + phrase[1:]
        verb_done = True
    if not verb_done and claim.startswith("batch_"):
        verb = {"read": "See", "write": "Create", "update": "Change", "delete": "Delete"}.get(action, "Manage")
        phrase = f"{verb} {words(claim[6:])} in bulk"
        verb_done = True
    if not verb_done:
        verb = {"read": "See", "write": "Create", "update": "Change", "patch": "Change", "udpate": "Change",
                "delete": "Delete", "manage": "Manage", "bot": "Run"}.get(action, "Use")
        if classic and action == "write":
            verb = "See and manage"
        phrase = f"{verb} {obj}"
    return f"{phrase} in {svc} ({who})"


# ----------------------------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------------------------


def read_classic(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    section = ""
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        m = re.match(r"^### (\S+)\s*$", line)
        if m:
            out[m.group(1)] = section
    return out


def read_granular(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    section = ""
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        if line.startswith("|") and "`" in line:
            cells = [c.strip() for c in line.strip("|").split("|")]
            for s in re.findall(r"`([^`]+)`", cells[-1]):
                out.setdefault(s.strip(), section)
    return out


def looks_cut(scope: str, known: set[str]) -> bool:
    """Names in the secondary index that are a known scope cut short at an underscore."""
    return any(k.startswith(scope + "_") for k in known)


def value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {value(x)}" for k, x in v.items()) + " }"
    if isinstance(v, list):
        return "[" + ", ".join(value(x) for x in v) + "]" if v else "[]"
    raise TypeError(repr(v))


def entry_toml(name: str, e: dict) -> str:
    lines = [f"[scopes.{json.dumps(name)}]"]
    for k in ("title", "grants", "modifiers", "provider_class", "narrower", "narrower_none", "deprecated", "source", "verified", "note"):
        if k in e and e[k] not in (None, "", []) and not (k == "deprecated" and e[k] is False):
            lines.append(f"{k} = {value(e[k])}")
    return "\n".join(lines) + "\n"


def twin(scope: str, level_from: str, level_to: str, known: set[str]) -> str | None:
    parts = scope.split(":")
    if level_from in parts:
        i = parts.index(level_from)
        cand = parts[:i] + ([level_to] if level_to != "user" else []) + parts[i + 1:]
        cand_s = ":".join(cand)
        if cand_s in known:
            return cand_s
        if level_to == "user":
            return None
    return None


def build(classic: dict[str, str], granular: dict[str, str], extra: list[str], commit: str) -> str:
    odd = sorted(s for s in set(classic) | set(granular) if re.search(r"\s", s))
    for s in odd:
        classic.pop(s, None)
        granular.pop(s, None)
    known = set(classic) | set(granular)
    extra_only = sorted(s for s in set(extra) - known if not looks_cut(s, known))
    skipped = sorted(s for s in set(extra) - known if looks_cut(s, known))
    all_names = sorted(known | set(extra_only))
    every = set(all_names)
    entries: dict[str, dict] = {}
    for name in all_names:
        is_classic = name in classic or (name in extra_only)
        service, action, claim, level = parse(name)
        grants = SPECIAL_GRANTS.get(name) or grants_for(name, classic=is_classic and not claim)
        mods = ["org_wide", "admin_consent"] if level != "user" else []
        kind = "classic" if (name in classic or name in extra_only) else "granular"
        lvl_word = {"user": "user-level", "admin": "admin-level", "master": "master-level"}[level]
        e: dict = {
            "title": SPECIAL_TITLES.get(name) or title_for(name, classic=(kind == "classic")),
            "grants": grants,
            "modifiers": mods,
            "provider_class": f"{kind} scope, {lvl_word}",
            "source": CLASSIC_URL if kind == "classic" else GRANULAR_URL,
            "verified": name not in extra_only,
        }
        notes = []
        if name in classic and name in granular:
            notes.append("Listed on both Zoom's classic and granular scope pages.")
        if name in extra_only:
            notes.append("Not on the copies of Zoom's scope pages kept in Zoom's own repository (zoom/skills); seen only in a third-party index of the classic-scope page, so it may be newer or renamed.")
        if re.search(r"wirte|udpate|registraion|clousre|statues", name):
            notes.append("The misspelling is Zoom's own; the scope is requested exactly as written.")
        if kind == "classic" and name not in SPECIAL_NOTES and level == "user" and not claim:
            pass
        if name in SPECIAL_NOTES:
            notes.append(SPECIAL_NOTES[name])
        # The meaning of admin- and master-level is explained once, in the provider note (kept out of
        # every entry to keep the compiled index small).
        if notes:
            e["note"] = " ".join(notes)
        # narrower
        narrower = []
        if level == "admin":
            t = twin(name, "admin", "user", every)
            if t:
                narrower.append({"scope": t, "still": "the same, for your own data only"})
        if level == "master":
            t = twin(name, "master", "admin", every)
            if t:
                narrower.append({"scope": t, "still": "the same, inside your own account only"})
        if action in ("write", "update", "delete", "patch", "udpate") and not narrower:
            parts = name.split(":")
            parts[1] = "read"
            r = ":".join(parts)
            if r in every:
                narrower.append({"scope": r, "still": "see it without changing anything"})
        if kind == "classic" and not claim and action in ("read", "write") and not narrower:
            cands = sorted(g for g in granular if g.split(":")[0] == service and g.split(":")[1] == "read" and parse(g)[3] == level)
            if cands:
                pick = next((c for c in cands if parse(c)[2] == service), cands[0])
                narrower.append({"scope": pick, "still": f"one kind of data only ({words(parse(pick)[2])}), read-only; a granular scope"})
        if narrower:
            e["narrower"] = narrower
        elif kind == "granular":
            e["narrower_none"] = "Granular scope: already limited to one kind of data and one action." if level == "user" else "No user-level form of this granular scope exists; it always covers the whole account."
        else:
            e["narrower_none"] = "No narrower classic scope exists; apps that use granular scopes can ask for single actions instead."
        entries[name] = e

    head = HEADER.format(commit=commit, n_classic=len(classic), n_granular=len(granular), n_extra=len(extra_only),
                         n_total=len(entries), skipped=", ".join(skipped) or "none", odd=", ".join(odd) or "none")
    body = "\n".join(entry_toml(k, entries[k]) for k in sorted(entries))
    return head + "\n" + body


SPECIAL_TITLES = {
    "imchat:bot": "Run a chatbot in Zoom Team Chat that receives the messages sent to it and answers in chats",
    "imchat:write": "Send Team Chat messages to users or channels as you",
    "imchat:read:admin": "Read the Team Chat history and channels of every user in the Zoom account",
    "scim2": "Provision and manage the account's users and groups through SCIM",
    "scim2:admin": "Provision and manage the account's users and groups through SCIM (admin)",
    "user_profile": "See your Zoom profile: name, email, picture and account ID",
    "user_info:read": "See your Zoom user information (name, email, picture, IDs)",
    "user_zak:read": "Get your ZAK token, which lets the app start meetings and join them as you",
    "meeting:read": "See your meetings and their details, registrants, polls and invitations",
    "meeting:write": "Create, change and delete your meetings and their registrants, polls and invitations",
    "webinar:read": "See your webinars and their registrants, panelists and polls",
    "webinar:write": "Create, change and delete your webinars and their registrants, panelists and polls",
    "recording:read": "See and download your cloud recordings and transcripts",
    "recording:write": "See, download, change and delete your cloud recordings and their settings",
    "clinical_note:read:admin": "Read clinical notes (medical notes written for healthcare visits) across the Zoom account",
    "clinical_note:update:admin": "Change clinical notes (medical notes written for healthcare visits) across the Zoom account",
    "account:master": "See and manage the sub-accounts of a master account: create them, change owners, options and settings",
}
SPECIAL_NOTES = {
    "user_zak:read": "A ZAK (Zoom Access Key) lets whoever holds it start or join meetings as the user.",
    "imchat:bot": "Classic scope for chatbot apps.",
    "recording:read": "Recordings and transcripts contain everything said and shown in the meetings, including other participants' voices, video and chat.",
    "meeting:read": "Registrant and participant records include other people's names and email addresses.",
}

HEADER = '''# Zoom OAuth scopes: classic and granular.
#
# GENERATED by tools/catalog/build_zoom.py; edit the generator, not this file.
#
# Scope names come from Zoom's classic-scope page ({n_classic} scopes) and granular-scope page
# ({n_granular} scopes) as kept in Zoom's own repository zoom/skills (commit {commit},
# skills/oauth/references/classic-scopes.md and granular-scopes.md, copies of
# developers.zoom.us/docs/integrations/oauth-scopes/ and .../oauth-scopes-granular/). {n_extra} more
# classic-style names seen only in a third-party index of the classic page are included with
# verified = false. Names from that index that look cut short and were skipped: {skipped}.
# Names on Zoom's pages that contain a space (cannot be sent in a scope parameter) and were
# skipped: {odd}.
# {n_total} scopes in all. Titles are generated from each scope name in our own words; grants follow
# a keyword map of Zoom services and data claims, so they are approximate for unusual claims.
# Zoom classic scopes are not deprecated: Zoom says existing apps keep them and may migrate, and new
# apps get granular scopes.

id = "zoom"
name = "Zoom"
docs = "https://developers.zoom.us/docs/integrations/oauth-scopes-overview/"
revoke = "https://marketplace.zoom.us/user/installed"
revoke_zh = "在 Zoom App Marketplace（应用市场）的 Manage（管理）> Added Apps（已添加的应用）中移除：https://marketplace.zoom.us/user/installed"
revoke_note = "The Zoom App Marketplace lists the apps you added (Manage > Added Apps), where you can remove one; the address above was not confirmed on a stored Zoom page. Admins remove account-level apps for everyone from the same Marketplace. Removing an app stops new access; it does not delete recordings, transcripts or chat the app already downloaded."
revoke_note_zh = "Zoom App Marketplace（应用市场）列出你添加的应用（Manage（管理）> Added Apps（已添加的应用）），可在此移除；上面的地址未在我们存档的 Zoom 页面上确认。管理员在同一个 Marketplace 中为所有人移除账户级应用。移除应用只阻止之后的访问，不会删除应用已下载的录制、转录或聊天记录。"
note = "Scopes are normally fixed on the app in the Zoom App Marketplace, and the basic authorization URL carries none. Apps with granular scopes may add scope=… (required) and optional_scope=… (optional, the user may untick them) to the URL, and include_granted_scopes to keep earlier grants (Zoom's OAuth guide in zoom/skills). Levels: user-level scopes reach the user's own data; admin-level (:admin) scopes need an account admin or owner and reach every user of the account; master-level (:master) scopes need the owner of a master account and reach its sub-accounts. Every user authorization returns a refresh token, so access continues without the user until the app is removed. The separator of scope and optional_scope was not confirmed on a stored Zoom page; spaces are assumed (Zoom returns granted scopes space-separated)."

[endpoints]
domains = ["zoom.us", "zoom.com"]

[[endpoints.authorize]]
host = "zoom.us"
path = "/oauth/authorize"

[params]
scope = ["scope"]
separator = " "
scope_groups = {{ optional_scope = "optional" }}
empty = "Without a scope parameter (the usual case) the user is asked for the scopes configured on the app in the Zoom App Marketplace; the URL does not show them."
empty_zh = "不带 scope 参数时（这是常见情况），系统会向用户请求应用在 Zoom App Marketplace（应用市场）中配置的 scope；URL 中看不到这些 scope。"
empty_grants = []
'''


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("classic")
    ap.add_argument("granular")
    ap.add_argument("--extra")
    ap.add_argument("--commit", default="unknown")
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args(argv)
    classic = read_classic(Path(a.classic).read_text("utf-8"))
    granular = read_granular(Path(a.granular).read_text("utf-8"))
    extra: list[str] = []
    if a.extra:
        import yaml  # only for the optional third-party index

        extra = list(yaml.safe_load(Path(a.extra).read_text("utf-8")).get("zoom") or [])
    text = build(classic, granular, extra, a.commit)
    Path(a.out).write_text(text, "utf-8")
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
