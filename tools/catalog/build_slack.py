"""Generate scopes/providers/slack.toml (format: docs/catalog-format.md).

The data below is curated by hand from Slack's own documentation (docs.slack.dev, formerly
api.slack.com). Only facts are taken from it (scope names, token types, which scopes are legacy or
Enterprise-only); every title is written in our own words.

`verified = true` means the scope was seen on a Slack page (its own scope page, the scope list, a
scope page's previous/next links, the legacy-scope page, or a Slack changelog). `verified = false`
means the scope is known only from secondary lists or from copies of Slack pages held in third-party
repositories; the entry's note says so.

    python3 tools/catalog/build_slack.py            # write the file
    python3 tools/catalog/build_slack.py --check    # exit 1 if the committed file is stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalog_toml import table, value  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "scopes" / "providers" / "slack.toml"

DOCS = "https://docs.slack.dev/reference/scopes"
LEGACY = "https://api.slack.com/legacy/scopes"
OAUTH = "https://docs.slack.dev/authentication/installing-with-oauth"
WS_APPS = "https://api.slack.com/changelog/2018-06-conversations-apis-and-scopes-for-workspace-apps"
SIWS = "https://api.slack.com/docs/sign-in-with-slack"

# Token-type strings used in provider_class (Slack's own token names).
BUL = "bot, user, legacy bot"
BU = "bot, user"
B = "bot only"
BL = "bot, legacy bot"
U = "user only"
ADM = "user only; admin (Enterprise org owner or admin, installed on the whole org)"
APP = "app-level token only (not requested in the OAuth URL)"

ORG = ["org_wide", "admin_consent"]

UNVERIFIED = (
    "Not seen on a stored copy of Slack's own page; known from Slack's method pages as copied by "
    "a third-party scraper and from secondary scope lists."
)


def page(name: str) -> str:
    return f"{DOCS}/{name.replace(':', '.')}"


def S(title, grants, cls, *, narrower=None, none=None, mods=(), implies=(), deprecated=False,
      verified=True, src=None, note=None, identity_only=False):
    return {
        "title": title, "grants": list(grants), "cls": cls, "narrower": narrower or [],
        "none": none, "mods": list(mods), "implies": list(implies), "deprecated": deprecated,
        "verified": verified, "src": src, "note": note, "identity_only": identity_only,
    }


def admin_pair(obj: str, read_title: str, write_title: str, read_grants, write_grants, extra=None):
    extra = extra or {}
    return {
        f"admin.{obj}:read": S(read_title, read_grants, ADM, mods=ORG,
                                none="Read-only admin scope; Slack has no smaller org-level scope for this.",
                                **extra.get("read", {})),
        f"admin.{obj}:write": S(write_title, write_grants, ADM, mods=ORG,
                                 narrower=[(f"admin.{obj}:read", "view the same org-wide data without changing it")],
                                 **extra.get("write", {})),
    }


SCOPES: dict[str, dict] = {}

# --- Administration (Enterprise org and workspace admins) -----------------------------------------
SCOPES["admin"] = S(
    "Administer the workspace: access logs, billing details, integration logs and the SCIM user API",
    ["org.directory:admin", "contact.email:read.all", "activity.app_usage:read.all", "resource.app_config:admin"],
    U, mods=ORG, src=f"{DOCS}/admin",
    none="Granular admin.* scopes replace parts of it only on Enterprise orgs; a single workspace has no smaller admin scope.",
    note="Works only when the installing user is an admin allowed to grant these abilities.")
SCOPES["admin.analytics:read"] = S(
    "Download usage analytics about every member of the organization",
    ["activity.app_usage:read.all", "org.directory:read.all"], ADM, mods=ORG,
    none="The only scope for the org analytics files.", src="https://api.slack.com/scopes/admin.analytics:read")
SCOPES["admin.app_activities:read"] = S(
    "See the activity logs of apps across the organization",
    ["resource.app_config:read.all", "activity.app_usage:read.all"], ADM, mods=ORG,
    none="The only scope for org-wide app activity logs.")
SCOPES.update(admin_pair(
    "apps", "See installed apps and app requests across the organization",
    "Approve, restrict, configure and uninstall apps across the organization",
    ["resource.app_config:read.all"], ["resource.app_config:admin"]))
SCOPES.update(admin_pair(
    "barriers", "See the information barriers set between groups of people",
    "Create, change and remove information barriers",
    ["resource.app_config:read.all", "org.directory:read.all"], ["resource.app_config:admin"]))
SCOPES.update(admin_pair(
    "chat", "Read messages in any conversation of the organization through the admin API",
    "Delete, restore and edit messages in any conversation of the organization",
    ["comm.content:read.all", "comm.metadata:read.all"],
    ["comm.content:write.modify", "comm.content:write.delete"]))
SCOPES["admin.conversations:manage_objects"] = S(
    "Create channels tied to outside records and manage their details across the organization",
    ["resource.app_config:admin", "comm.metadata:write.create"], ADM, mods=ORG,
    narrower=[("admin.conversations:read", "view channel names, topics and member lists only")])
SCOPES.update(admin_pair(
    "conversations", "See any channel's name, topic, purpose and member list across the organization",
    "Create, archive, convert, move and reconfigure any channel of the organization",
    ["comm.metadata:read.all", "org.directory:read.all"],
    ["resource.app_config:admin", "comm.metadata:write.create", "comm.metadata:write.modify", "comm.metadata:write.delete"]))
SCOPES.update(admin_pair(
    "invites", "See requests to invite people to the organization",
    "Approve or deny requests to invite people",
    ["org.directory:read.all", "contact.email:read.all"], ["org.directory:admin"]))
SCOPES.update(admin_pair(
    "roles", "See who holds which admin role", "Give and take away admin roles",
    ["org.directory:read.all"], ["org.directory:admin", "resource.app_config:admin"]))
SCOPES.update(admin_pair(
    "teams", "See the organization's workspaces, their settings, owners and admins",
    "Create workspaces and change their names, settings and access rules",
    ["resource.app_config:read.all", "org.directory:read.all"], ["resource.app_config:admin"]))
SCOPES.update(admin_pair(
    "usergroups", "See the organization's user groups and the channels linked to them",
    "Link user groups to channels and change them across the organization",
    ["org.directory:read.all"], ["org.directory:admin"]))
SCOPES.update(admin_pair(
    "users", "List every member of the organization with e-mail, role and session details",
    "Add, remove, suspend and promote members and reset their sessions",
    ["org.directory:read.all", "contact.email:read.all", "activity.app_usage:read.all"],
    ["org.directory:admin", "resource.app_config:admin"],
    extra={"read": {"src": f"{DOCS}/admin.users.read/"},
           "write": {"verified": False, "note": "The admin scope list seen on api.slack.com was cut off before "
                     "this entry. " + UNVERIFIED}}))
SCOPES.update(admin_pair(
    "workflows", "See every workflow of the organization and who can run it",
    "Change, unpublish and set permissions on any workflow of the organization",
    ["resource.app_config:read.all"], ["resource.app_config:admin"]))

# --- App configuration and platform ----------------------------------------------------------------
SCOPES["app_configurations:read"] = S(
    "Read the configuration (manifests) of apps the user manages", ["resource.app_config:read.self"], U,
    none="Already read-only.", note="Token type not shown on the stored scope page.")
SCOPES["app_configurations:write"] = S(
    "Create apps and change their configuration and icon", ["resource.app_config:write.create", "resource.app_config:write.modify"], U,
    narrower=[("app_configurations:read", "read app manifests without changing them")], verified=False, note=UNVERIFIED)
SCOPES["apps.requests:write"] = S(
    "Work with app-installation requests in a workspace", ["resource.app_config:write.create"], "bot or user (not shown)",
    none="No smaller scope is documented.", verified=False, src=OAUTH,
    note="Named on Slack's OAuth guide as a scope that cannot be used on Enterprise orgs (seen only in a copy of "
         "that page); what it allows is not stated there.")
SCOPES["authorizations:read"] = S(
    "List the workspaces and users that installed the app (for Events API routing)", ["resource.app_config:read.self"], APP,
    none="Already read-only.",
    note="Scope page exists (seen in the docs' previous/next links); the token type 'App-level' was read from a "
         "third-party copy of that page.")
SCOPES["connections:write"] = S(
    "Open a Socket Mode connection to receive the app's events over a WebSocket", ["resource.app_config:read.self"], APP,
    none="Transport only; it adds no data beyond the app's other scopes.", verified=False, note=UNVERIFIED)
SCOPES["commands"] = S(
    "Add slash commands and shortcuts that people can use", ["resource.app_config:write.create"], BL,
    none="The only scope for slash commands and shortcuts.", verified=False,
    note="Token types from general knowledge of the Slack app model; the scope page was not seen.")
SCOPES["incoming-webhook"] = S(
    "Post messages into one channel that the installer picks", ["comm.content:act.send"], "bot (install-time channel picker)",
    none="Already the narrowest way to post: one channel, chosen by the installer.",
    src=f"{DOCS}/incoming-webhook/")
SCOPES["tokens.basic"] = S(
    "Call the few methods that need no other scope (such as mapping local to global user IDs)",
    ["account.identifier:read.all"], BU, none="Already minimal.", verified=False, note=UNVERIFIED)
SCOPES["datastore:read"] = S(
    "Read records the app keeps in its Slack-hosted datastore", ["resource.app_config:read.self"], B,
    none="Already read-only.", verified=False, note=UNVERIFIED)
SCOPES["datastore:write"] = S(
    "Add, change and delete records in the app's Slack-hosted datastore",
    ["resource.app_config:write.create", "resource.app_config:write.modify", "resource.app_config:write.delete"], B,
    narrower=[("datastore:read", "read the stored records only")], verified=False, note=UNVERIFIED)
SCOPES["triggers:read"] = S(
    "Read the app's workflow triggers", ["resource.app_config:read.self"], B, none="Already read-only.", verified=False,
    note="Token type 'Bot' read from a third-party copy of the docs.slack.dev page.")
SCOPES["triggers:write"] = S(
    "Create and change the app's workflow triggers", ["resource.app_config:write.create", "resource.app_config:write.modify"], B,
    narrower=[("triggers:read", "read triggers only")], verified=False, note=UNVERIFIED)
SCOPES["hosting:read"] = S(
    "Read activity logs of apps deployed on Slack's own hosting", ["resource.app_config:read.self"], U,
    none="Already read-only.", verified=False, note=UNVERIFIED)
SCOPES["hosting:write"] = S(
    "Deploy and manage apps on Slack's own hosting", ["resource.app_config:write.modify"], U,
    narrower=[("hosting:read", "read activity logs only")], verified=False,
    note="Meaning and token type not confirmed; listed in secondary copies of api.slack.com/scopes. " + UNVERIFIED)
SCOPES["workflows.templates:read"] = S(
    "Read workflow templates", ["resource.app_config:read.all"], "bot or user (not shown)",
    none="Already read-only.", note="Token type not shown on the stored scope page.")
SCOPES["workflows.templates:write"] = S(
    "Create and change workflow templates", ["resource.app_config:write.create", "resource.app_config:write.modify"],
    "bot or user (not shown)", narrower=[("workflows.templates:read", "read templates only")],
    note="Token type not shown on the stored scope page.")
SCOPES["workflow.steps:execute"] = S(
    "Add custom steps to Workflow Builder (old 'Steps from apps')", ["resource.app_config:write.create"], B,
    none="No replacement scope of the same kind; retired feature.", deprecated=True, verified=False,
    note="Steps from apps were retired; workflows now use functions and triggers (triggers:write). " + UNVERIFIED)
SCOPES["auditlogs:read"] = S(
    "Read the audit log of every workspace, channel and user in the Enterprise org",
    ["activity.app_usage:read.all", "org.directory:read.all", "resource.app_config:read.all"],
    "user only; installed by the Enterprise org owner", mods=ORG, src=f"{DOCS}/auditlogs.read/",
    none="The only scope for the Audit Logs API.")
SCOPES["team:read"] = S(
    "See the name, e-mail domain and icon of the workspaces the app is in", ["resource.business:read.all"], BU,
    none="Already minimal workspace information.", src=f"{DOCS}/team.read/")
SCOPES["team.billing:read"] = S(
    "See the workspace's billing plan", ["resource.business:read.all"], BU,
    none="Already read-only.", verified=False, note=UNVERIFIED)
SCOPES["team.preferences:read"] = S(
    "Read the workspace's preference settings", ["resource.app_config:read.all"], BU,
    none="Already read-only.", verified=False, note=UNVERIFIED)
SCOPES["emoji:read"] = S(
    "See the workspace's custom emoji", ["resource.app_config:read.all"], BU,
    none="Already read-only.", verified=False, note=UNVERIFIED)
SCOPES["code_channels:manage"] = S(
    "Create and run 'code channels' where people work with the app's coding agent",
    ["comm.metadata:write.create", "comm.metadata:write.modify"], "not shown on the scope page",
    none="The only scope for code channels.", src=f"{DOCS}/code_channels.manage",
    note="New agent-app scope; token type not shown on the stored page.")
SCOPES["assistant:write"] = S(
    "Act as an AI assistant inside Slack's assistant threads", ["comm.content:act.send"], B,
    none="The only scope for the assistant surface.", src=f"{DOCS}/assistant.write/")
SCOPES["metadata.message:read"] = S(
    "Read the hidden metadata attached to messages in channels the app is in", ["comm.metadata:read.selected"],
    "bot (not shown)", none="Already limited to channels the app is in.", src=f"{DOCS}/metadata.message.read/")
SCOPES["app_mentions:read"] = S(
    "Read messages that @-mention the app in conversations it is part of", ["comm.content:read.selected"],
    "bot (not shown)", none="Already the narrowest way to receive messages.", src=f"{DOCS}/app_mentions.read/")

# --- Conversations (public channels, private channels, DMs, group DMs) -----------------------------
HIST_NOTE = ("With a bot token only conversations the app was added to; with a user token every such "
             "conversation the user can read.")
for prefix, what in (("channels", "public channels"), ("groups", "private channels"),
                     ("im", "direct messages"), ("mpim", "group direct messages")):
    SCOPES[f"{prefix}:history"] = S(
        f"Read the messages and other content in {what}", ["comm.content:read.all", "comm.metadata:read.all"], BUL,
        narrower=[("app_mentions:read", "only messages that @-mention the app")], note=HIST_NOTE,
        src=f"{DOCS}/{prefix}.history/")
    SCOPES[f"{prefix}:read"] = S(
        f"See basic information about {what}: names, topics and who is in them",
        ["comm.metadata:read.all"], BU, none="Already limited to conversation details without message text.",
        verified=prefix != "groups", note=None if prefix != "groups" else UNVERIFIED)
SCOPES["channels:history"]["src"] = f"{DOCS}/channels.history.md"
SCOPES["groups:history"]["src"] = "https://api.slack.com/scopes?query=history"
SCOPES["im:read"]["src"] = f"{DOCS}/im.read/"
SCOPES["mpim:read"]["src"] = f"{DOCS}/mpim.read/"
SCOPES["channels:join"] = S(
    "Join public channels in the workspace", ["comm.metadata:write.modify"], B,
    none="The only scope for joining channels.")
SCOPES["channels:manage"] = S(
    "Create public channels and rename, archive, invite to and remove people from channels the app is in",
    ["comm.metadata:write.create", "comm.metadata:write.modify", "comm.metadata:act.send"], B,
    narrower=[("channels:write.invites", "only invite people"), ("channels:write.topic", "only set topics and descriptions")],
    src=f"{DOCS}/channels.manage/")
SCOPES["channels:write"] = S(
    "Create, rename, archive, join, leave and manage public channels as the user",
    ["comm.metadata:write.create", "comm.metadata:write.modify", "comm.metadata:act.send"], U,
    narrower=[("channels:write.invites", "only invite people"), ("channels:write.topic", "only set topics and descriptions")],
    src=f"{DOCS}/channels:write")
SCOPES["groups:write"] = S(
    "Create private channels and rename, archive, invite to and remove people from private channels",
    ["comm.metadata:write.create", "comm.metadata:write.modify", "comm.metadata:act.send"], BU,
    narrower=[("groups:write.invites", "only invite people"), ("groups:write.topic", "only set topics and descriptions")],
    src=f"{DOCS}/groups.write/")
SCOPES["im:write"] = S(
    "Open direct-message conversations with people", ["comm.metadata:write.create"], BU,
    none="The only scope for opening DMs.", verified=False, note=UNVERIFIED)
SCOPES["mpim:write"] = S(
    "Open group direct-message conversations", ["comm.metadata:write.create"], BU,
    none="The only scope for opening group DMs.")
SCOPES["channels:write.invites"] = S(
    "Invite people to public channels", ["comm.metadata:act.send"], BU, none="Already a single action.")
SCOPES["groups:write.invites"] = S(
    "Invite people to private channels", ["comm.metadata:act.send"], BU, none="Already a single action.")
SCOPES["channels:write.topic"] = S(
    "Set the topic and description of public channels", ["comm.metadata:write.modify"], BU,
    none="Already a single action.", verified=False, note=UNVERIFIED)
SCOPES["groups:write.topic"] = S(
    "Set the topic and description of private channels", ["comm.metadata:write.modify"], BUL,
    none="Already a single action.", src=f"{DOCS}/groups.write.topic/")
SCOPES["im:write.topic"] = S(
    "Set the description of direct messages", ["comm.metadata:write.modify"], BU,
    none="Already a single action.", verified=False, note=UNVERIFIED)
SCOPES["mpim:write.topic"] = S(
    "Set the description of group direct messages", ["comm.metadata:write.modify"], BU,
    none="Already a single action.")
SCOPES["conversations.connect:read"] = S(
    "Receive Slack Connect invitation events for channels the app is in", ["comm.metadata:read.selected"], B,
    none="Already read-only.", src="https://docs.slack.dev/reference/slack-connect-api-reference")
SCOPES["conversations.connect:write"] = S(
    "Invite outside organizations to channels the app is in and accept their invitations",
    ["comm.metadata:act.send", "comm.metadata:write.modify"], B,
    narrower=[("conversations.connect:read", "only receive invitation events")],
    src="https://docs.slack.dev/reference/slack-connect-api-reference")
SCOPES["conversations.connect:manage"] = S(
    "Approve, decline and list Slack Connect invitations and manage shared channels",
    ["resource.app_config:admin", "comm.metadata:write.modify"], B, mods=["admin_consent"],
    narrower=[("conversations.connect:write", "send and accept invitations without approving them")],
    src="https://docs.slack.dev/reference/slack-connect-api-reference",
    note="Only a workspace owner or admin can install an app with this scope.")
for suffix, title, grants in (
        ("history", "Read messages in every kind of conversation the workspace app was granted",
         ["comm.content:read.all", "comm.metadata:read.all"]),
        ("read", "See details of every kind of conversation the workspace app was granted", ["comm.metadata:read.all"]),
        ("write", "Create and manage every kind of conversation the workspace app was granted",
         ["comm.metadata:write.create", "comm.metadata:write.modify", "comm.metadata:act.send"])):
    SCOPES[f"conversations:{suffix}"] = S(
        title, grants, "workspace-app token (retired)", deprecated=True, src=WS_APPS,
        narrower=[(f"channels:{suffix}", "the same for public channels only")],
        note=f"Workspace apps were retired in August 2021; Slack apps use channels:{suffix}, groups:{suffix}, "
             f"im:{suffix} and mpim:{suffix} instead.")

# --- Messages ----------------------------------------------------------------------------------------
SCOPES["chat:write"] = S(
    "Post, edit and delete messages in conversations the app is in (as the user with a user token)",
    ["comm.content:act.send", "comm.content:write.modify", "comm.content:write.delete"], BU,
    narrower=[("incoming-webhook", "post only into one channel the installer picks")], src=f"{DOCS}/chat.write.md")
SCOPES["chat:write.public"] = S(
    "Post messages in public channels the app has not joined", ["comm.content:act.send"], "bot (not shown)",
    narrower=[("chat:write", "post only where the app is a member")], src="https://api.slack.com/scopes/chat:write.public",
    note="Must be requested together with chat:write.")
SCOPES["chat:write.customize"] = S(
    "Post messages under any display name and avatar the app chooses", ["comm.content:act.send"], BL,
    narrower=[("chat:write", "post under the app's own name and icon")], src=f"{DOCS}/chat.write.customize.md",
    note="Lets messages look as if someone else wrote them. Must be requested together with chat:write.")
SCOPES["chat:write:bot"] = S(
    "Post messages as the app (classic apps)", ["comm.content:act.send", "comm.content:write.modify", "comm.content:write.delete"],
    "user (classic perspective scope)", deprecated=True, src="https://api.slack.com/scopes/chat:write:bot",
    narrower=[("incoming-webhook", "post only into one channel the installer picks")],
    note="Classic-app scope; replaced by chat:write.")
SCOPES["chat:write:user"] = S(
    "Post, edit and delete messages as the user (classic apps)",
    ["comm.content:act.send", "comm.content:write.modify", "comm.content:write.delete"],
    "user (classic perspective scope)", deprecated=True, src=f"{DOCS}/chat.write",
    narrower=[("chat:write:bot", "post as the app instead of as the user")],
    note="Classic-app scope; replaced by chat:write (named on the chat:write page).")
SCOPES["reactions:read"] = S(
    "See emoji reactions and the messages they are on in conversations the app is in",
    ["comm.content:read.selected"], BU, none="Already read-only.", src=f"{DOCS}/reactions.read/")
SCOPES["reactions:write"] = S(
    "Add and remove emoji reactions", ["comm.content:act.send"], BU, none="Already a single action.")
SCOPES["pins:read"] = S(
    "See pinned messages and files in conversations the app is in", ["comm.content:read.selected"], BU,
    none="Already read-only.",
    note="Scope page exists (seen in the docs' previous/next links); token types from Slack's method pages.")
SCOPES["pins:write"] = S(
    "Pin and unpin messages and files", ["comm.content:write.modify"], BU,
    narrower=[("pins:read", "see pinned items only")],
    note="Scope page exists (seen in the docs' previous/next links); token types from Slack's method pages.")
SCOPES["bookmarks:read"] = S(
    "See the bookmarks saved in channel headers", ["comm.content:read.selected"], BU,
    none="Already read-only.",
    note="Scope page exists (seen in the docs' previous/next links); token types from Slack's method pages.")
SCOPES["bookmarks:write"] = S(
    "Add, edit and remove channel bookmarks",
    ["comm.content:write.create", "comm.content:write.modify", "comm.content:write.delete"], BU,
    narrower=[("bookmarks:read", "see bookmarks only")],
    note="Scope page exists (seen in the docs' previous/next links); token types from Slack's method pages.")
SCOPES["stars:read"] = S(
    "See the messages and files the user has starred (saved)", ["comm.content:read.self"], U,
    none="Already read-only.", verified=False, note=UNVERIFIED)
SCOPES["stars:write"] = S(
    "Star and unstar messages and files", ["comm.content:write.modify"], U,
    narrower=[("stars:read", "see starred items only")], verified=False, note=UNVERIFIED)
SCOPES["links:read"] = S(
    "See links to the app's registered domains posted in messages", ["comm.content:read.selected"], BUL,
    none="Already limited to links on the app's domains.")
SCOPES["links:write"] = S(
    "Add previews (unfurls) to links posted in messages", ["comm.content:write.modify"], BUL,
    narrower=[("links:read", "see the links without changing messages")], src=f"{DOCS}/links.write.md")
SCOPES["links.embed:write"] = S(
    "Embed video players for links in messages and app surfaces", ["comm.content:write.modify"], "bot (not shown)",
    narrower=[("links:write", "plain link previews without embedded players")])
SCOPES["calls:read"] = S(
    "See information about ongoing and past calls", ["comm.metadata:read.all"], BU,
    none="Already read-only.", verified=False, note=UNVERIFIED)
SCOPES["calls:write"] = S(
    "Start calls and manage who is in them", ["comm.metadata:write.create", "comm.metadata:write.modify"], BU,
    narrower=[("calls:read", "see call information only")], verified=False, note=UNVERIFIED)
SCOPES["reminders:read"] = S(
    "See the user's reminders", ["schedule.calendar:read.self"], U, none="Already read-only.")
SCOPES["reminders:write"] = S(
    "Create, complete and delete the user's reminders",
    ["schedule.calendar:write.create", "schedule.calendar:write.modify", "schedule.calendar:write.delete"], U,
    narrower=[("reminders:read", "see reminders only")])
SCOPES["reminders:write:user"] = S(
    "Create and manage the user's reminders (workspace apps)",
    ["schedule.calendar:write.create", "schedule.calendar:write.modify", "schedule.calendar:write.delete"],
    "workspace-app token (retired)", deprecated=True, src="https://api.slack.com/scopes/identity.avatar:read:user",
    none="Retired together with workspace apps.", note="Replaced by reminders:write; named on a Slack scope page only as an example.")

# --- Files, canvases, lists -------------------------------------------------------------------------
SCOPES["files:read"] = S(
    "See and download files shared in conversations the app is in (every file the user can see, with a user token)",
    ["content.files:read.all"], BU, none="Slack has no narrower file-read scope.",
    src="https://api.slack.com/scopes/files:read")
SCOPES["files:write"] = S(
    "Upload, edit and delete files", ["content.files:write.create", "content.files:write.modify", "content.files:write.delete"],
    BU, none="Slack has no smaller upload-only scope.", src="https://api.slack.com/scopes/files:write")
SCOPES["files:write:user"] = S(
    "Upload, edit and delete files as the user (classic apps)",
    ["content.files:write.create", "content.files:write.modify", "content.files:write.delete"],
    "user (classic perspective scope)", deprecated=True, src="https://api.slack.com/scopes/files:write",
    none="Classic scope with no smaller classic alternative.", note="Replaced by files:write.")
SCOPES["files:write:bot"] = S(
    "Upload and manage files as the app (classic apps)",
    ["content.files:write.create", "content.files:write.modify", "content.files:write.delete"],
    "user (classic perspective scope)", deprecated=True, src="https://api.slack.com/scopes/files:write",
    none="Classic scope with no smaller classic alternative.", note="Replaced by files:write.")
SCOPES["remote_files:read"] = S(
    "See files from outside services that the app added to Slack", ["content.files:read.selected"], BU,
    none="Already read-only.", verified=False, note=UNVERIFIED)
SCOPES["remote_files:share"] = S(
    "Share outside-service files into conversations", ["comm.content:act.send"], BU,
    none="Already a single action.", verified=False, note=UNVERIFIED)
SCOPES["remote_files:write"] = S(
    "Add, change and remove outside-service files in Slack",
    ["content.files:write.create", "content.files:write.modify", "content.files:write.delete"], B,
    narrower=[("remote_files:read", "see those files only")], verified=False, note=UNVERIFIED)
SCOPES["canvases:read"] = S(
    "Read canvases the app can access", ["content.files:read.selected"], BU, none="Already read-only.")
SCOPES["canvases:write"] = S(
    "Create, edit, share and delete canvases",
    ["content.files:write.create", "content.files:write.modify", "content.files:write.delete"], BU,
    narrower=[("canvases:read", "read canvases only")])
SCOPES["lists:read"] = S(
    "Read Slack lists the app can access", ["content.files:read.selected"], BU,
    none="Already read-only.", verified=False, note=UNVERIFIED)
SCOPES["lists:write"] = S(
    "Create and edit Slack lists", ["content.files:write.create", "content.files:write.modify", "content.files:write.delete"],
    BU, narrower=[("lists:read", "read lists only")], verified=False, note=UNVERIFIED)

# --- Search ----------------------------------------------------------------------------------------
SCOPES["search:read"] = S(
    "Search all messages and files the user can see, in every kind of conversation",
    ["comm.content:read.all", "content.files:read.all"], U, deprecated=True, src=f"{DOCS}/search.read/",
    narrower=[("search:read.public", "search public channels only")],
    note="Slack calls this a legacy scope and recommends the granular search:read.* scopes of the Real-time Search API.")
SCOPES["search:read.public"] = S(
    "Search messages and files in the workspace's public channels", ["comm.content:read.all", "content.files:read.all"], BU,
    none="The narrowest message-search scope.", src=f"{DOCS}/search.read.public/")
SCOPES["search:read.private"] = S(
    "Search messages and files in the user's private channels", ["comm.content:read.all", "content.files:read.all"], U,
    narrower=[("search:read.public", "public channels only")], src="https://api.slack.com/scopes/search:read.private",
    note="The user must also consent inside the Slack client and can withdraw it.")
SCOPES["search:read.im"] = S(
    "Search the user's direct messages", ["comm.content:read.all"], U,
    narrower=[("search:read.public", "public channels only")], src=f"{DOCS}/search.read.im/",
    note="The user must also consent inside the Slack client and can withdraw it.")
SCOPES["search:read.mpim"] = S(
    "Search the user's group direct messages", ["comm.content:read.all"], U,
    narrower=[("search:read.public", "public channels only")], src=f"{DOCS}/search.read.mpim/",
    note="The user must also consent inside the Slack client and can withdraw it.")
SCOPES["search:read.files"] = S(
    "Search files shared in the workspace", ["content.files:read.all"], BU,
    none="Already limited to files.", verified=False, note=UNVERIFIED)
SCOPES["search:read.users"] = S(
    "Search the workspace's people by name, e-mail or ID", ["org.directory:read.all"], BU,
    none="Already limited to people search.", verified=False, note=UNVERIFIED)
SCOPES["search:read.enterprise"] = S(
    "Search content in outside apps connected to the enterprise, using the user's own connection",
    ["content.files:read.all", "resource.business:read.all"], "not shown on the scope page",
    none="The only scope for connected-app search.", src=f"{DOCS}/search.read.enterprise/")

# --- People ----------------------------------------------------------------------------------------
SCOPES["users:read"] = S(
    "See the workspace's members and their basic profile information (not e-mail)", ["org.directory:read.all"], BU,
    none="Slack has no smaller member-list scope.")
SCOPES["users:read.email"] = S(
    "See the e-mail addresses of everyone in the workspace", ["contact.email:read.all", "org.directory:read.all"], BU,
    narrower=[("users:read", "members and profiles without e-mail addresses")],
    src="https://api.slack.com/scopes/users:read.email", note="Must be requested together with users:read.")
SCOPES["users.profile:read"] = S(
    "Read the full profiles of people in the workspace (title, phone, status, custom fields)",
    ["org.directory:read.all", "contact.phone:read.all"], BUL,
    narrower=[("users:read", "member list with basic profile fields")], src=f"{DOCS}/users.profile.read.md")
SCOPES["users.profile:write"] = S(
    "Edit the user's profile and status", ["account.display_profile:write.modify", "profile.basic:write.modify"], U,
    none="Slack has no status-only scope.", verified=False,
    note="Admins' tokens may also edit other members' profiles. " + UNVERIFIED)
SCOPES["users:write"] = S(
    "Set the app's or user's presence (active or away)", ["account.display_profile:write.modify"], BU,
    none="Already a single setting.")
SCOPES["usergroups:read"] = S(
    "See the workspace's user groups and their members", ["org.directory:read.all"], BU, none="Already read-only.")
SCOPES["usergroups:write"] = S(
    "Create, rename, disable and change the members of user groups",
    ["org.directory:write.create", "org.directory:write.modify"], BU,
    narrower=[("usergroups:read", "see groups only")])
SCOPES["dnd:read"] = S(
    "See people's Do Not Disturb status and schedules", ["activity.app_usage:read.all"], BU,
    none="Already read-only.", verified=False, note=UNVERIFIED)
SCOPES["dnd:write"] = S(
    "Change the user's Do Not Disturb settings", ["activity.app_usage:write.modify"], U,
    narrower=[("dnd:read", "see Do Not Disturb status only")], verified=False, note=UNVERIFIED)

# --- Sign in with Slack ------------------------------------------------------------------------------
SCOPES["openid"] = S(
    "Confirm who the user is (Sign in with Slack)", ["account.identifier:assert"], "user (Sign in with Slack)",
    identity_only=True, none="The minimum sign-in scope.", src=f"{DOCS}/openid/")
SCOPES["email"] = S(
    "See the user's e-mail address (Sign in with Slack)", ["contact.email:read.self"], "user (Sign in with Slack)",
    none="Adds only the e-mail address to openid.", src=f"{DOCS}/email/")
SCOPES["profile"] = S(
    "See the user's name, avatar and workspace (Sign in with Slack)",
    ["profile.name:read.self", "account.display_profile:read.self", "profile.education_work:read.self"],
    "user (Sign in with Slack)", narrower=[("openid", "only the user's identity")], src=f"{DOCS}/profile/")
SCOPES["identity.basic"] = S(
    "Confirm who the user is: ID and name (legacy Sign in with Slack)",
    ["account.identifier:assert", "profile.name:read.self"], "user (legacy Sign in with Slack)",
    identity_only=True, deprecated=True, src="https://api.slack.com/scopes/identity.basic",
    none="The minimum legacy sign-in scope.", note="Legacy Sign in with Slack; replaced by openid.")
SCOPES["identity.email"] = S(
    "See the user's e-mail address (legacy Sign in with Slack)", ["contact.email:read.self"],
    "user (legacy Sign in with Slack)", deprecated=True, src="https://api.slack.com/scopes/identity.email",
    narrower=[("identity.basic", "only the user's ID and name")], note="Replaced by email.")
SCOPES["identity.avatar"] = S(
    "See the user's avatar (legacy Sign in with Slack)", ["account.display_profile:read.self"],
    "user (legacy Sign in with Slack)", deprecated=True, src="https://api.slack.com/scopes/identity.avatar",
    narrower=[("identity.basic", "only the user's ID and name")], note="Replaced by profile.")
SCOPES["identity.team"] = S(
    "See the name of the user's workspace (legacy Sign in with Slack)", ["profile.education_work:read.self"],
    "user (legacy Sign in with Slack)", deprecated=True, src="https://api.slack.com/scopes/identity.team",
    narrower=[("identity.basic", "only the user's ID and name")], note="Replaced by profile.")
SCOPES["identity.avatar:read:user"] = S(
    "See the user's avatar (legacy sign-in for workspace apps)", ["account.display_profile:read.self"],
    "workspace-app token (retired)", deprecated=True, src="https://api.slack.com/scopes/identity.avatar:read:user",
    narrower=[("identity.basic", "only the user's ID and name")], note="Workspace apps were retired; replaced by profile.")

# --- Classic (legacy) scopes -------------------------------------------------------------------------
SCOPES["identify"] = S(
    "Let the token confirm which user it belongs to (classic apps)", ["account.identifier:assert"], U,
    identity_only=True, deprecated=True, src="https://api.slack.com/scopes/identify",
    none="Already identity-only.",
    note="Added to every user token of classic apps; in Slack apps this ability is built into the token, so no "
         "replacement scope is needed.")
SCOPES["bot"] = S(
    "Add a classic bot user that can read and post in its channels, list members and use the real-time API",
    ["comm.content:read.selected", "comm.content:act.send", "comm.metadata:read.all", "org.directory:read.all",
     "contact.email:read.all", "content.files:read.selected", "content.files:write.create"],
    "legacy bot (classic apps)", deprecated=True, src=LEGACY,
    narrower=[("chat:write", "post messages only"), ("channels:history", "read public channels only"),
              ("users:read", "member list without e-mail")],
    note="Classic apps can no longer be created (since 4 June 2024); granular bot scopes replace it. Slack's "
         "users:read.email page says classic bot tokens still see e-mail addresses. Not allowed on Enterprise orgs.")
SCOPES["read"] = S(
    "Read almost everything in the workspace: messages, channels, files and people (classic apps)",
    ["comm.content:read.all", "comm.metadata:read.all", "content.files:read.all", "org.directory:read.all"],
    "user (classic apps)", deprecated=True, src=LEGACY,
    narrower=[("channels:read", "channel details only"), ("channels:history", "public channel messages only")],
    note="Slack lists it as a legacy scope not to request; use the granular read scopes instead.")
SCOPES["post"] = S(
    "Post messages (classic apps)", ["comm.content:act.send"], "user (classic apps)", deprecated=True, src=LEGACY,
    narrower=[("incoming-webhook", "post only into one channel the installer picks")],
    note="Slack lists it as a legacy scope; replaced by chat:write.")
SCOPES["client"] = S(
    "Receive every event of the workspace in real time, as a full Slack client would (classic apps)",
    ["comm.content:read.all", "comm.metadata:read.all", "org.directory:read.all", "activity.app_usage:read.all",
     "comm.content:act.send"], "user (classic apps)", deprecated=True, src=LEGACY,
    narrower=[("app_mentions:read", "only messages that mention the app")],
    note="Slack lists it as a legacy scope; use the Events API with only the needed scopes (the real-time API needs "
         "the classic bot scope).")


def build() -> str:
    out = []
    out.append("# Generated by tools/catalog/build_slack.py; edit that script, not this file.\n")
    head = {
        "id": "slack",
        "name": "Slack",
        "docs": "https://docs.slack.dev/reference/scopes",
        "revoke": "https://slack.com/help/articles/360003125231-Remove-apps-and-custom-integrations-from-your-workspace",
        "revoke_zh": ("在 Slack 的 App Directory（应用目录）中移除应用。Slack 帮助文章 Remove apps and custom integrations "
                      "from your workspace（从工作区中移除应用和自定义集成）：https://slack.com/help/articles/"
                      "360003125231-Remove-apps-and-custom-integrations-from-your-workspace"),
        "revoke_note": ("In the App Directory choose Manage, then Installed apps: a workspace owner or app manager can "
                        "remove the app; a member can remove only their own authorization. Removing the app does not "
                        "delete data it already copied."),
        "revoke_note_zh": ("在 App Directory（应用目录）中选择 Manage（管理），再选择 Installed apps（已安装的应用）："
                           "工作区所有者或应用管理员可以移除该应用；普通成员只能移除自己的授权。移除应用不会删除它已复制的数据。"),
        "note": ("provider_class lists the token types Slack shows on the scope page; where the stored page did not "
                 "show them they come from the scope lists on Slack's method pages. Slack's full machine-readable "
                 "list is docs.slack.dev/reference/scopes.json."),
    }
    for k, v in head.items():
        out.append(f"{k} = {value(v)}")
    out.append("")
    out.append("[endpoints]")
    out.append(f"domains = {value(['slack.com', 'slack-gov.com'])}")
    for host, path in (("slack.com", "/oauth/v2/authorize"), ("slack.com", "/oauth/v2_user/authorize"),
                       ("slack.com", "/oauth/authorize"), ("slack.com", "/openid/connect/authorize"),
                       ("slack-gov.com", "/oauth/v2/authorize")):
        out.append("[[endpoints.authorize]]")
        out.append(f"host = {value(host)}")
        out.append(f"path = {value(path)}")
    out.append("")
    params = {
        "scope": ["scope"],
        "separator": ",",
        "scope_groups": {"user_scope": "user"},
        # On the v2 endpoint `scope` lists bot scopes (a bot token, the app acting under its own name)
        # and `user_scope` user scopes: https://docs.slack.dev/authentication/installing-with-oauth
        "path_scope_groups": [{"path": "/oauth/v2/authorize", "param": "scope", "group": "bot"}],
        "empty": ("No default access: Slack documents scope as required on the classic endpoint, and the v2 flow "
                  "grants only what scope (bot) and user_scope (user token) list. Scopes add up across repeated "
                  "installs: a new request never removes scopes granted earlier."),
        "empty_zh": ("没有默认权限：Slack 文档将 scope 列为旧版端点的必填参数，v2 流程只授予 scope（机器人令牌）和 "
                     "user_scope（用户令牌）中列出的权限。多次安装时 scope 会累加：新的请求不会移除之前已授予的 scope。"),
        "empty_grants": [],
        "persistent": ("Slack tokens do not expire unless the app turned on token rotation; access lasts until the "
                       "app is removed or the token is revoked."),
        "persistent_zh": ("除非应用开启了令牌轮换（token rotation），Slack 令牌不会过期；访问权限会一直持续，"
                          "直到应用被移除或令牌被吊销。"),
    }
    out.append(table("params", params))
    for name in sorted(SCOPES):
        e = SCOPES[name]
        entry = {
            "title": e["title"],
            "grants": e["grants"],
            "modifiers": e["mods"] or None,
            "identity_only": True if e["identity_only"] else None,
            "provider_class": e["cls"],
            "implies": e["implies"] or None,
            "narrower": [{"scope": s, "still": still} for s, still in e["narrower"]] or None,
            "narrower_none": None if e["narrower"] else (e["none"] or "No smaller Slack scope covers part of this."),
            "deprecated": e["deprecated"],
            "source": e["src"] or page(name),
            "verified": e["verified"],
            "note": e["note"],
        }
        out.append(table(f"scopes.{value(name)}", entry))
    return "\n".join(out)


def check_refs() -> list[str]:
    errors = []
    for name, e in SCOPES.items():
        for s, _ in e["narrower"]:
            if s not in SCOPES:
                errors.append(f"{name}: narrower {s} not in catalog")
        for s in e["implies"]:
            if s not in SCOPES:
                errors.append(f"{name}: implies {s} not in catalog")
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
    print(f"wrote {OUT.relative_to(REPO)} ({len(SCOPES)} scopes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
