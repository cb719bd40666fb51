"""Is a new JSON Schema of an event a breaking change for readers of the old one?

Breaking: a field removed (or renamed, which is a removal plus an addition), a new required
field, a changed type. Adding an optional field or a new enum member is compatible.
"""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]


def breaking_changes(old: Schema, new: Schema) -> list[str]:
    return _compare(old, new, old, new, path="")


def _resolve(node: Schema, root: Schema) -> Schema:
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = root.get("$defs", {})[name]
    return node


def _type_signature(node: Schema, root: Schema) -> str:
    """A readable type name: the object's title, or the JSON type, or the union of them."""
    node = _resolve(node, root)
    if "anyOf" in node:
        return "|".join(sorted(_type_signature(n, root) for n in node["anyOf"]))
    if "const" in node:
        return f"const:{node['const']}"
    if node.get("type") == "array":
        return f"array[{_type_signature(node.get('items', {}), root)}]"
    if node.get("type") == "object" or "properties" in node:
        return f"object:{node.get('title', '')}"
    return str(node.get("type", "any"))


def _compare(old: Schema, new: Schema, old_root: Schema, new_root: Schema, path: str) -> list[str]:
    old, new = _resolve(old, old_root), _resolve(new, new_root)
    problems: list[str] = []
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    for name, old_field in old_props.items():
        where = f"{path}{name}"
        if name not in new_props:
            problems.append(f"field {where!r} was removed or renamed")
            continue
        old_sig = _type_signature(old_field, old_root)
        new_sig = _type_signature(new_props[name], new_root)
        if old_sig != new_sig and not _widened(old_sig, new_sig):
            problems.append(f"field {where!r} changed type: {old_sig} -> {new_sig}")
            continue
        for o, n in _nested_objects(old_field, new_props[name], old_root, new_root):
            problems += _compare(o, n, old_root, new_root, f"{where}.")
    for name in set(new.get("required", [])) - set(old.get("required", [])):
        problems.append(f"field {path + name!r} became required")
    return problems


def _widened(old_sig: str, new_sig: str) -> bool:
    """A union that keeps every old member (e.g. T -> T|null) still reads old data."""
    return set(old_sig.split("|")) <= set(new_sig.split("|"))


def _nested_objects(
    old: Schema, new: Schema, old_root: Schema, new_root: Schema
) -> list[tuple[Schema, Schema]]:
    """Pairs of object schemas to compare inside a field (direct, optional, or array items)."""

    def objects(node: Schema, root: Schema) -> dict[str, Schema]:
        node = _resolve(node, root)
        found: dict[str, Schema] = {}
        for member in node.get("anyOf", [node]):
            member = _resolve(member, root)
            if member.get("type") == "array":
                member = _resolve(member.get("items", {}), root)
            if "properties" in member:
                found[member.get("title", "")] = member
        return found

    old_objs, new_objs = objects(old, old_root), objects(new, new_root)
    return [(old_objs[t], new_objs[t]) for t in old_objs if t in new_objs]
