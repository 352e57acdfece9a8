"""Hand-written catalog entries corrected after an audit (Meta basic_info, X broadcast.write)."""

from __future__ import annotations

from auditor.catalog import load_catalog


def test_meta_basic_info_is_the_removed_default_with_the_friend_list():
    key, entry = load_catalog().lookup("meta", "basic_info")
    assert key == "basic_info" and entry is not None
    assert entry["deprecated"] and entry["verified"] is False  # not seen on a Meta page: secondary sources in the note
    assert "social.connections:read.all" in entry["grants"]  # v1.0's basic_info included the friend list
    assert "public_profile" in entry["note"] and "user_friends" in entry["note"]
    assert [n["scope"] for n in entry["narrower"]] == ["public_profile"]


def test_x_broadcast_write_deletes_broadcasts_and_moderates_chat():
    entry = load_catalog().lookup("x", "broadcast.write")[1]
    assert "content.ugc:write.delete" in entry["grants"]
    assert "delete" in entry["title"] and "mute" in entry["title"] and "remove messages" in entry["title"]
    read = load_catalog().lookup("x", "broadcast.read")[1]
    assert "content.ugc:write.delete" not in read["grants"]
