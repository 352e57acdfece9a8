"""Generate scopes/providers/discord.toml (format: docs/catalog-format.md).

Inputs (read at generation time, never copied into the repository)
  ../shared/catalog/raw/discord-scopes.txt          the OAuth2 scopes of Discord's OAuth2 topic
  ../shared/catalog/raw/discord-permission-bits.tsv the permission flags: name, bit, 2FA mark, channel types

Facts were checked against discord/discord-api-docs (developers/topics/oauth2.mdx,
developers/topics/permissions.mdx, developers/discord-social-sdk/core-concepts/oauth2-scopes.mdx,
snapshot c98d64bc, 2026-08-06). Titles are our own words; Discord's docs are CC BY-SA, so none of
their prose is reproduced.

The build fails, and writes nothing, when a raw scope or bit has no curated entry, or when the curated
data names a scope or bit that the raw files do not list (except the Social SDK scopes in EXTRA).

    python3 tools/catalog/build_discord.py            # write the file
    python3 tools/catalog/build_discord.py --check    # exit 1 if the committed file is stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalog_toml import table, value  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
RAW = REPO.parent / "shared" / "catalog" / "raw"
OUT = REPO / "scopes" / "providers" / "discord.toml"

OAUTH = "https://discord.com/developers/docs/topics/oauth2#shared-resources-oauth2-scopes"
SDK = "https://discord.com/developers/docs/discord-social-sdk/core-concepts/oauth2-scopes"
PERMS = "https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags"

PARTNER = "only available to approved partners"
OPEN = "available to any app"
NOT_AVAILABLE = "not currently available for apps"


def S(title, grants, cls, *, narrower=None, none=None, mods=(), implies=(), identity_only=False,
      note=None, src=OAUTH):
    return {"title": title, "grants": list(grants), "cls": cls, "narrower": narrower or [], "none": none,
            "mods": list(mods), "implies": list(implies), "identity_only": identity_only, "note": note, "src": src}


SCOPES: dict[str, dict] = {
    "activities.read": S("Read the user's 'Now Playing / Recently Played' list", ["activity.app_usage:read.self"],
                         NOT_AVAILABLE, none="Already read-only."),
    "activities.write": S("Update the user's activity status", ["activity.app_usage:write.modify"], NOT_AVAILABLE,
                          narrower=[("activities.read", "reads the played list without changing it")],
                          note="Not needed for the Game SDK activity manager, per Discord."),
    "applications.builds.read": S("Read build data of applications the user owns", ["resource.code:read.self"], OPEN,
                                  none="Already read-only."),
    "applications.builds.upload": S("Upload and update builds of applications the user owns",
                                    ["resource.code:write.create", "resource.code:write.modify"], PARTNER,
                                    narrower=[("applications.builds.read", "read build data only")]),
    "applications.commands": S("Add the app's slash and context-menu commands to a server or to the user",
                               ["resource.app_config:write.create"], "included by default with the bot scope",
                               none="Commands only: no bot user and no permissions.",
                               note="Only relevant to integration_type (0 = server install, 1 = user install)."),
    "applications.commands.update": S("Change the app's own commands with a Bearer token",
                                      ["resource.app_config:write.modify"], "client credentials grant only",
                                      none="Touches only the app's own commands."),
    "applications.commands.permissions.update": S(
        "Change who may use the app's commands in servers the user can manage", ["resource.app_config:admin"], OPEN,
        none="The only scope for command permissions."),
    "applications.entitlements": S("Read entitlements (what people bought or were granted) for the user's applications",
                                   ["resource.business:read.self"], OPEN, none="Already read-only."),
    "applications.store.update": S("Read and change store data (SKUs, listings, achievements) of the user's applications",
                                   ["resource.business:read.self", "resource.business:write.modify"], OPEN,
                                   none="No read-only store scope exists."),
    "bot": S("Add the app's bot user to a server the user picks, with the permissions in the 'permissions' parameter",
             ["resource.app_config:write.create"],
             "passthrough scope: always shows the authorization screen, even with prompt=none",
             narrower=[("applications.commands", "adds only the app's commands, with no bot user")],
             implies=["applications.commands"],
             note="What the bot can do is set by the permissions integer (decoded bit by bit). The user can pick only "
                  "servers where they hold the needed permission; the bot stays until someone removes it. Without scope and permissions "
                  "in the URL, the app's Default Install Settings apply."),
    "connections": S("See the third-party accounts (game, streaming, social) linked to the user's Discord account",
                     ["account.identifier:read.self"], OPEN,
                     narrower=[("identify", "only the Discord account itself")]),
    "dm_channels.read": S("See information about the user's direct and group messages", ["comm.metadata:read.all"],
                          PARTNER, none="The only scope for DM channel information."),
    "email": S("See the e-mail address of the user's Discord account", ["contact.email:read.self"], OPEN,
               narrower=[("identify", "who the user is, without the e-mail address")]),
    "gdm.join": S("Add the user to group direct messages", ["comm.metadata:write.modify"], OPEN,
                  none="Already a single action."),
    "guilds": S("List the servers the user is in, with basic information about each", ["social.connections:read.self"],
                OPEN, none="Already the smallest server-list scope."),
    "guilds.join": S("Add the user to servers where the app's bot already is", ["social.connections:write.modify"],
                     OPEN, none="The only scope that lets the app add the user to servers.",
                     note="The app can do this later without asking again while it holds a valid token."),
    "guilds.members.read": S("Read the user's nickname, roles and join date in a server",
                             ["social.connections:read.self", "account.display_profile:read.self"], OPEN,
                             narrower=[("guilds", "server names and icons without per-server details")]),
    "identify": S("Know who the user is: ID, username and avatar (no e-mail)",
                  ["account.identifier:assert", "account.display_profile:read.self"], OPEN, identity_only=True,
                  none="The minimum sign-in scope."),
    "identify.premium": S("See which Nitro subscription the user has", ["finance.account:read.self"], PARTNER,
                          narrower=[("identify", "who the user is, without the subscription type")]),
    "messages.read": S("Read messages from every channel open in the user's Discord client (local RPC)",
                       ["comm.content:read.all", "comm.metadata:read.all"], "local RPC server access",
                       none="No narrower message-read scope exists."),
    "relationships.read": S("See the user's friends, pending friend requests and blocked users",
                            ["social.connections:read.all", "social.connection_profiles:read.all"],
                            "Social SDK scope; access must be requested from Discord and Social SDK terms apply",
                            none="The only scope for the friends list."),
    "role_connections.write": S("Update the user's linked-role connection and metadata for this app",
                                ["account.display_profile:write.modify"], OPEN, none="Touches only this app's connection.",
                                note="Cannot be used with the implicit grant."),
    "rpc": S("Control the user's local Discord client", ["comm.metadata:read.all", "resource.app_config:write.modify"],
             PARTNER, narrower=[("rpc.voice.read", "only read voice settings and voice events"),
                                ("rpc.notifications.read", "only receive notifications")]),
    "rpc.activities.write": S("Update the user's activity through the local client", ["activity.app_usage:write.modify"],
                              PARTNER, none="Already a single action."),
    "rpc.notifications.read": S("Receive the notifications the user's client gets", ["comm.content:read.all",
                                                                                     "comm.metadata:read.all"],
                                PARTNER, none="Already read-only."),
    "rpc.voice.read": S("Read the user's voice settings and listen for voice events",
                        ["resource.app_config:read.self", "comm.metadata:read.all"], PARTNER, none="Already read-only."),
    "rpc.voice.write": S("Change the user's voice settings", ["resource.app_config:write.modify"], PARTNER,
                         narrower=[("rpc.voice.read", "read voice settings only")]),
    "voice": S("Join voice channels as the user and see everyone in them", ["comm.content:read.all",
                                                                           "comm.content:act.send",
                                                                           "social.connections:read.all"],
               PARTNER, none="The only voice scope."),
    "webhook.incoming": S("Create a webhook that posts into one channel the user picks", ["comm.content:act.send"],
                          "passthrough scope: always shows the authorization screen, even with prompt=none",
                          mods=["offline"], none="Already limited to one channel chosen by the user.",
                          note="The webhook keeps working until someone deletes it."),
}

# Scopes Discord documents for its Social SDK (same /oauth2/authorize flow); not in the raw list.
EXTRA: dict[str, dict] = {
    "openid": S("Confirm who the user is (OpenID Connect, Social SDK)", ["account.identifier:assert"],
                "Social SDK default scope", identity_only=True, none="The minimum sign-in scope.", src=SDK),
    "sdk.social_layer_presence": S("Use the Social SDK's friends list and rich presence for the user",
                                   ["social.connections:read.all", "activity.app_usage:write.modify"],
                                   "Social SDK default presence scope", none="The smallest Social SDK feature set.",
                                   src=SDK),
    "sdk.social_layer": S("Use the Social SDK's friends, presence and messaging features for the user",
                          ["social.connections:read.all", "activity.app_usage:write.modify", "comm.content:act.send",
                           "comm.content:read.selected"],
                          "Social SDK communication scope; limited access",
                          narrower=[("sdk.social_layer_presence", "friends list and presence without messaging")],
                          implies=["sdk.social_layer_presence"], src=SDK),
}

CHANNEL_OWN = ["comm.content:act.send"]
ADMIN_ALL = ["resource.app_config:admin", "comm.content:read.all", "comm.content:write.delete", "social.connections:admin"]

BITS: dict[str, tuple[str, list[str]]] = {
    "CREATE_INSTANT_INVITE": ("Create invite links", ["social.connections:act.send"]),
    "KICK_MEMBERS": ("Kick members out of the server", ["social.connections:admin"]),
    "BAN_MEMBERS": ("Ban members from the server", ["social.connections:admin"]),
    "ADMINISTRATOR": ("Every permission, ignoring all channel-level restrictions", ADMIN_ALL),
    "MANAGE_CHANNELS": ("Create, edit and delete channels", ["resource.app_config:admin"]),
    "MANAGE_GUILD": ("Change the server's settings", ["resource.app_config:admin"]),
    "ADD_REACTIONS": ("Add new emoji reactions to messages", CHANNEL_OWN),
    "VIEW_AUDIT_LOG": ("Read the server's audit log", ["resource.app_config:read.all", "activity.app_usage:read.all"]),
    "PRIORITY_SPEAKER": ("Be heard over others in voice channels", CHANNEL_OWN),
    "STREAM": ("Go live (stream video) in voice channels", CHANNEL_OWN),
    "VIEW_CHANNEL": ("See channels and read their messages", ["comm.content:read.all", "comm.metadata:read.all"]),
    "SEND_MESSAGES": ("Send messages and start forum posts", CHANNEL_OWN),
    "SEND_TTS_MESSAGES": ("Send text-to-speech messages", CHANNEL_OWN),
    "MANAGE_MESSAGES": ("Delete other people's messages", ["comm.content:write.delete"]),
    "EMBED_LINKS": ("Have posted links shown as embeds", CHANNEL_OWN),
    "ATTACH_FILES": ("Upload images and files", ["comm.content:act.send", "content.files:write.create"]),
    "READ_MESSAGE_HISTORY": ("Read earlier messages in channels", ["comm.content:read.all"]),
    "MENTION_EVERYONE": ("Notify everyone with @everyone and @here", CHANNEL_OWN),
    "USE_EXTERNAL_EMOJIS": ("Use custom emoji from other servers", CHANNEL_OWN),
    "VIEW_GUILD_INSIGHTS": ("See the server's analytics", ["activity.app_usage:read.all"]),
    "CONNECT": ("Join voice channels", ["comm.metadata:read.all"]),
    "SPEAK": ("Talk in voice channels", CHANNEL_OWN),
    "MUTE_MEMBERS": ("Mute other people in voice channels", ["social.connections:admin"]),
    "DEAFEN_MEMBERS": ("Deafen other people in voice channels", ["social.connections:admin"]),
    "MOVE_MEMBERS": ("Move people between voice channels", ["social.connections:admin"]),
    "USE_VAD": ("Talk without push-to-talk (voice activity detection)", CHANNEL_OWN),
    "CHANGE_NICKNAME": ("Change its own nickname", ["account.display_profile:write.modify"]),
    "MANAGE_NICKNAMES": ("Change other people's nicknames", ["social.connections:admin"]),
    "MANAGE_ROLES": ("Create and edit roles and channel permissions", ["resource.app_config:admin"]),
    "MANAGE_WEBHOOKS": ("Create, edit and delete webhooks", ["resource.app_config:admin"]),
    "MANAGE_GUILD_EXPRESSIONS": ("Edit and delete anyone's emoji, stickers and soundboard sounds",
                                 ["resource.app_config:admin"]),
    "USE_APPLICATION_COMMANDS": ("Use slash and context-menu commands", CHANNEL_OWN),
    "REQUEST_TO_SPEAK": ("Ask to speak in stage channels", CHANNEL_OWN),
    "MANAGE_EVENTS": ("Edit and delete anyone's scheduled events",
                      ["schedule.calendar:write.modify", "schedule.calendar:write.delete"]),
    "MANAGE_THREADS": ("Delete and archive threads and see every private thread",
                       ["comm.content:read.all", "comm.metadata:write.modify", "comm.metadata:write.delete"]),
    "CREATE_PUBLIC_THREADS": ("Start public and announcement threads", ["comm.metadata:write.create"]),
    "CREATE_PRIVATE_THREADS": ("Start private threads", ["comm.metadata:write.create"]),
    "USE_EXTERNAL_STICKERS": ("Use custom stickers from other servers", CHANNEL_OWN),
    "SEND_MESSAGES_IN_THREADS": ("Send messages in threads", CHANNEL_OWN),
    "USE_EMBEDDED_ACTIVITIES": ("Start Activities (embedded apps) in channels", CHANNEL_OWN),
    "MODERATE_MEMBERS": ("Time out members so they cannot chat or speak", ["social.connections:admin"]),
    "VIEW_CREATOR_MONETIZATION_ANALYTICS": ("See role-subscription (creator monetization) insights",
                                            ["resource.business:read.all"]),
    "USE_SOUNDBOARD": ("Play soundboard sounds in voice channels", CHANNEL_OWN),
    "CREATE_GUILD_EXPRESSIONS": ("Add emoji, stickers and sounds, and edit its own", ["resource.app_config:write.create"]),
    "CREATE_EVENTS": ("Create scheduled events and edit its own", ["schedule.calendar:write.create"]),
    "USE_EXTERNAL_SOUNDS": ("Play soundboard sounds from other servers", CHANNEL_OWN),
    "SEND_VOICE_MESSAGES": ("Send voice messages", CHANNEL_OWN),
    "SET_VOICE_CHANNEL_STATUS": ("Set a voice channel's status text", ["comm.metadata:write.modify"]),
    "SEND_POLLS": ("Create polls", CHANNEL_OWN),
    "USE_EXTERNAL_APPS": ("Let user-installed apps post public replies", CHANNEL_OWN),
    "PIN_MESSAGES": ("Pin and unpin messages", ["comm.content:write.modify"]),
    "BYPASS_SLOWMODE": ("Ignore slow-mode limits", CHANNEL_OWN),
}

BIT_NOTES = {
    "MODERATE_MEMBERS": ("Discord marks it ** (see 'Permissions for Timed Out Members'), not with the * that means "
                         "2FA is required; whether server 2FA applies to it is not stated."),
    "CONNECT": "Joining a voice channel shows who is in it; what a bot can receive there is not described on this page.",
    "VIEW_CHANNEL": "In text channels this includes reading messages.",
}


def read_raw() -> tuple[list[str], list[dict]]:
    scopes = [s.strip() for s in (RAW / "discord-scopes.txt").read_text("utf-8").splitlines() if s.strip()]
    rows = []
    lines = (RAW / "discord-permission-bits.tsv").read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        if not line.strip():
            continue
        cells = line.split("\t") + [""] * len(header)
        rows.append(dict(zip(header, cells)))
    return scopes, rows


def build(raw_scopes: list[str], rows: list[dict]) -> str:
    out = ["# Generated by tools/catalog/build_discord.py; edit that script, not this file.\n"]
    head = {
        "id": "discord",
        "name": "Discord",
        "docs": OAUTH,
        "revoke": "https://discord.com/developers/docs/discord-social-sdk/development-guides/account-linking-with-discord",
        "revoke_zh": ("在 Discord 的 User Settings（用户设置）→ Authorized Apps（已授权的应用）中移除应用。"
                      "Discord 开发者文档中关于账号关联的页面：https://discord.com/developers/docs/discord-social-sdk/"
                      "development-guides/account-linking-with-discord"),
        "revoke_note": ("A user removes an app under User Settings → Authorized Apps. A bot added to a server stays "
                        "until someone with the right to manage the server removes (kicks) it. Neither deletes data "
                        "the app already copied."),
        "revoke_note_zh": ("用户在 User Settings（用户设置）→ Authorized Apps（已授权的应用）中移除应用。添加到服务器的机器人"
                           "会一直留在服务器中，直到有服务器管理权限的人将其移除（踢出）。两种做法都不会删除应用已复制的数据。"),
        "note": ("Authorization-code grants return a refresh token; Discord's example access token lasts a week "
                 "(expires_in 604800). Some scopes need Discord's approval; requesting them without it may cause "
                 "errors or undocumented behaviour."),
    }
    for k, v in head.items():
        out.append(f"{k} = {value(v)}")
    out.append("")
    out.append("[endpoints]")
    out.append(f"domains = {value(['discord.com', 'discordapp.com', 'discord.gg'])}")
    for host in ("discord.com", "discordapp.com"):
        for path in ("/oauth2/authorize", "/api/oauth2/authorize"):
            out.append("[[endpoints.authorize]]")
            out.append(f"host = {value(host)}")
            out.append(f"path = {value(path)}")
    out.append("")
    params = {
        "scope": ["scope"],
        "separator": " ",
        "bitfield_param": "permissions",
        "empty": ("Without scope (and without integration_type or redirect_uri), Discord uses the app's Default Install "
                  "Settings from its developer portal: the scopes (only bot and applications.commands) and bot "
                  "permissions configured there, which the URL does not show."),
        "empty_zh": ("不带 scope（也不带 integration_type 或 redirect_uri）时，Discord 使用应用在开发者门户中的 "
                     "Default Install Settings（默认安装设置）：即其中配置的 scope（只能是 bot 和 applications.commands）"
                     "和机器人权限，这些在 URL 中看不到。"),
        "empty_grants": [],
    }
    out.append(table("params", params))
    all_scopes = {**SCOPES, **EXTRA}
    for name in sorted(all_scopes):
        e = all_scopes[name]
        entry = {
            "title": e["title"],
            "grants": e["grants"],
            "modifiers": e["mods"] or None,
            "identity_only": True if e["identity_only"] else None,
            "provider_class": e["cls"],
            "implies": e["implies"] or None,
            "narrower": [{"scope": s, "still": still} for s, still in e["narrower"]] or None,
            "narrower_none": None if e["narrower"] else e["none"],
            "deprecated": False,
            "source": e["src"],
            "verified": True,
            "note": e["note"],
        }
        out.append(table(f"scopes.{value(name)}", entry))
    for row in sorted(rows, key=lambda r: int(r["bit"])):
        name = row["name"]
        title, grants = BITS[name]
        types = [t.strip() for t in row.get("channel_types", "").split(",") if t.strip()]
        entry = {
            "bit": int(row["bit"]),
            "title": title,
            "grants": grants,
            "two_factor": row["requires_2fa"].strip() == "yes",
            "channel_types": types or None,
            "source": PERMS,
            "verified": True,
            "note": BIT_NOTES.get(name),
        }
        out.append(table(f"bits.{name}", entry))
    return "\n".join(out)


def check(raw_scopes: list[str], rows: list[dict]) -> list[str]:
    errors = []
    for s in raw_scopes:
        if s not in SCOPES:
            errors.append(f"raw scope {s} has no curated entry")
    for s in SCOPES:
        if s not in raw_scopes:
            errors.append(f"curated scope {s} is not in the raw list (put Social SDK scopes in EXTRA)")
    names = {r["name"] for r in rows}
    for n in names - set(BITS):
        errors.append(f"raw bit {n} has no curated entry")
    for n in set(BITS) - names:
        errors.append(f"curated bit {n} is not in the raw list")
    all_scopes = {**SCOPES, **EXTRA}
    for name, e in all_scopes.items():
        for s, _ in e["narrower"]:
            if s not in all_scopes:
                errors.append(f"{name}: narrower {s} not in catalog")
        for s in e["implies"]:
            if s not in all_scopes:
                errors.append(f"{name}: implies {s} not in catalog")
    return errors


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    raw_scopes, rows = read_raw()
    errors = check(raw_scopes, rows)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    text = build(raw_scopes, rows)
    if args.check:
        return 0 if OUT.exists() and OUT.read_text("utf-8") == text else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(REPO)} ({len(SCOPES) + len(EXTRA)} scopes, {len(rows)} bits)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
