#!/usr/bin/env python3
"""Minimal syntax check for the deployment YAML (no kubectl/docker here): every document parses, every
Kubernetes object has apiVersion/kind/metadata.name, kustomization resources exist, and
docs/asyncapi.yaml's internal $refs resolve and its schema files exist.
Usage: python3 deploy/tools/check-yaml.py   (needs PyYAML: Debian package python3-yaml)"""
import os
import sys

import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
problems, checked = [], 0


def walk_refs(node, found):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                found.append(v)
            else:
                walk_refs(v, found)
    elif isinstance(node, list):
        for v in node:
            walk_refs(v, found)


def resolve(doc, pointer):
    node = doc
    for part in pointer.lstrip("#/").split("/"):
        node = node[part]
    return node


for base in ("k8s", "deploy/compose"):
    for dirpath, _, files in os.walk(os.path.join(ROOT, base)):
        for f in sorted(files):
            if not f.endswith((".yaml", ".yml")):
                continue
            path = os.path.join(dirpath, f)
            rel = os.path.relpath(path, ROOT)
            try:
                docs = [d for d in yaml.safe_load_all(open(path)) if d is not None]
            except yaml.YAMLError as e:
                problems.append(f"{rel}: {e}")
                continue
            checked += 1
            for d in docs:
                if base == "k8s" and f != "kustomization.yaml":
                    if not all(k in d for k in ("apiVersion", "kind", "metadata")) or "name" not in d["metadata"]:
                        problems.append(f"{rel}: object without apiVersion/kind/metadata.name: {str(d)[:80]}")
                if f == "kustomization.yaml":
                    listed = list(d.get("resources", [])) + [p["path"] for p in d.get("patches", []) if "path" in p]
                    for r in listed:
                        if not os.path.exists(os.path.join(dirpath, r)):
                            problems.append(f"{rel}: resource {r} does not exist")

asyncapi = os.path.join(ROOT, "docs", "asyncapi.yaml")
doc = yaml.safe_load(open(asyncapi))
checked += 1
refs = []
walk_refs(doc, refs)
missing_files = []
for ref in refs:
    if ref.startswith("#/"):
        try:
            resolve(doc, ref)
        except (KeyError, TypeError):
            problems.append(f"docs/asyncapi.yaml: unresolved {ref}")
    elif not os.path.exists(os.path.normpath(os.path.join(ROOT, "docs", ref))):
        missing_files.append(ref)

for m in missing_files:
    print(f"note: docs/asyncapi.yaml references {m}, which its producer has not published yet")
for p in problems:
    print("PROBLEM:", p)
print(f"{checked} YAML files checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
