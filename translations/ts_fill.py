#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
# SPDX-License-Identifier: MIT
"""Fill Qt Linguist .ts files from a JSON file of translations, and list what is missing.

The .ts files are the source of truth (lupdate keeps their translations when it re-runs); this
script only saves typing for people who translate in a text editor rather than Linguist.

  ts_fill.py missing [LANG...]        print unfinished messages as JSON {lang: [{context, source,
                                      comment, numerus}]}
  ts_fill.py apply FILE.json          FILE.json = {"cy": {"source": "translation", ...}, ...};
                                      a key "Context|source" overrides for one context; numerus
                                      messages take a list with one text per plural form
  ts_fill.py english                  en: each translation is its source ("(s)" resolved)
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ["en", "cy", "pl", "ar"]


def ts_path(lang):
    return HERE / f"civickiosk_{lang}.ts"


def load(lang):
    return ET.parse(ts_path(lang))


def save(tree, lang):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path(lang).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                             encoding="utf-8")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(message):
    tr = message.find("translation")
    if tr is None or tr.get("type") == "unfinished":
        return True
    if message.get("numerus") == "yes":
        return any(not (f.text or "").strip() for f in tr.iter("numerusform"))
    return not (tr.text or "").strip()


def set_translation(message, value, forms_count):
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    for child in list(tr):
        tr.remove(child)
    tr.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        if isinstance(value, str):
            value = [value] * forms_count
        tr.text = None
        for form in value:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value


def forms_in(message):
    tr = message.find("translation")
    return max(1, len(tr.findall("numerusform"))) if tr is not None else 1


def cmd_missing(langs):
    out = {}
    for lang in langs or LANGS:
        out[lang] = [{"context": ctx, "source": m.findtext("source"),
                      "comment": m.findtext("comment") or "", "numerus": m.get("numerus") == "yes"}
                     for ctx, m in messages(load(lang)) if unfinished(m)]
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def cmd_apply(path):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for lang, table in data.items():
        tree = load(lang)
        filled = 0
        for ctx, m in messages(tree):
            source = m.findtext("source")
            value = table.get(f"{ctx}|{source}", table.get(source))
            if value is None:
                continue
            set_translation(m, value, forms_in(m))
            filled += 1
        save(tree, lang)
        print(f"{lang}: {filled} filled", file=sys.stderr)


def cmd_english():
    tree = load("en")
    for _, m in messages(tree):
        source = m.findtext("source")
        if m.get("numerus") == "yes":
            value = [source.replace("(s)", ""), source.replace("(s)", "s")]
        else:
            value = source
        set_translation(m, value, 2)
    save(tree, "en")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    verb = sys.argv[1]
    if verb == "missing":
        cmd_missing(sys.argv[2:])
    elif verb == "apply" and len(sys.argv) == 3:
        cmd_apply(sys.argv[2])
    elif verb == "english":
        cmd_english()
    else:
        sys.exit(__doc__)
