#!/usr/bin/env python3
"""Checks answer keys against their own texts, without running EcoBrief.

usage: python3 check_keys.py [KEY.gold.json ...]   (default: every tune/ and sealed/ key)

For every key: the fields ANSWER-KEYS.md asks for are there; every item key, label and meta string
is found in the text (both normalised as the scorer does: NFKC, white space, punctuation and `*`
dropped); every figure's value is written in the text. Prints one line per problem and a summary.
"""
import glob, json, os, re, sys, unicodedata

PUNCT = re.compile(r"[\s\u3000\u00a0,，.。、;；:：!！?？“”\"'‘’()（）《》〈〉【】\[\]<>—\-_·…/|*]+")


def norm(s):
    return PUNCT.sub("", unicodedata.normalize("NFKC", s or ""))


def check(path):
    problems = []
    gold = json.load(open(path, encoding="utf-8"))
    src = os.path.join(os.path.dirname(path), gold.get("source", ""))
    if not os.path.exists(src):
        return [f"source {gold.get('source')!r} not found"]
    text = open(src, encoding="utf-8").read()
    nt = norm(text)
    for field in ("source", "about", "meta", "achievements", "challenges", "tasks", "figures"):
        if field not in gold:
            problems.append(f"no field {field!r}")
    for cat in ("achievements", "challenges", "tasks"):
        keys = [k.get("key", "") for k in gold.get(cat, [])]
        for k in keys:
            if not norm(k):
                problems.append(f"{cat}: empty key")
            elif norm(k) not in nt:
                problems.append(f"{cat}: key not in text: {k}")
            elif not 6 <= len(norm(k)) <= 30:
                problems.append(f"{cat}: key of {len(norm(k))} characters (10-20 wanted): {k}")
        if len(set(map(norm, keys))) != len(keys):
            problems.append(f"{cat}: a key is given twice")
    for k in gold.get("priorities_optional", {}).get("items", []):
        if norm(k.get("key")) not in nt:
            problems.append(f"priorities: key not in text: {k.get('key')}")
    for f in gold.get("figures", []):
        if norm(f.get("label_contains")) not in nt:
            problems.append(f"figure label not in text: {f.get('label_contains')}")
        v = f.get("value")
        if not isinstance(v, (int, float)):
            problems.append(f"figure value is not a number: {f}")
        elif not any(s in text for s in {str(v), f"{v:g}", f"{v:.1f}", f"{v:.2f}"}):
            problems.append(f"figure value {v} not written in the text ({f.get('label_contains')})")
        if not f.get("unit"):
            problems.append(f"figure without unit: {f}")
    meta = gold.get("meta", {})
    for k in ("title_contains", "role_contains", "occasion_contains"):
        if meta.get(k) and norm(meta[k]) not in nt and k != "title_contains":
            problems.append(f"meta {k} not in text: {meta[k]}")
    if meta.get("speaker") and norm(meta["speaker"]) not in nt:
        problems.append(f"meta speaker not in text: {meta['speaker']}")
    if meta.get("published") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
        problems.append(f"meta published not YYYY-MM-DD: {meta['published']}")
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "tune", "*.gold.json")) + glob.glob(os.path.join(here, "sealed", "*.gold.json")))
    bad = 0
    for p in paths:
        try:
            problems = check(p)
        except (ValueError, KeyError) as e:
            problems = [f"cannot read: {e}"]
        for pr in problems:
            print(f"{os.path.basename(p)}: {pr}")
        bad += bool(problems)
    print(f"{len(paths)} keys checked, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
