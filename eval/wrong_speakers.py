#!/usr/bin/env python3
"""Wrong speakers on data with canonical speakers (ggt_dev), grouped by what went wrong, largest group first.

Matches quotes as score.py does (a predicted claim covering at least 30% of a gold quote's characters, speech acts
only, each claim its own unit) and sorts every matched quote whose speaker disagrees into one class:
  no speaker           the claim has no speaker
  pronoun → non-person a pronoun mention resolved to a name that is not one of the article's people
  pronoun → wrong person a pronoun mention resolved to another person the article names
  name → non-person    a name or description resolved to something that is not one of the article's people
  name → wrong person  a name or description resolved to another person
  group/other          the gold speaker is not a person the article names (a group, an organisation)

usage: wrong_speakers.py GOLD.jsonl PRED.jsonl [--show N] [--class NAME]
"""
import argparse
import collections
import importlib.util
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
scorer_path = os.environ.get("NEWSCLAIMS_SCORER", os.path.join(here, "..", "..", "shared", "eval", "score.py"))
spec = importlib.util.spec_from_file_location("score", scorer_path)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

PRONOUNS = {"he", "she", "they", "we", "i", "it", "him", "her", "them", "his", "its", "their"}


def classify(q, claim, people):
    pred = score.name_of(claim.get("speaker"))
    mention = ((claim.get("mention") or {}).get("text") or "").strip()
    gold = q.get("speaker", "")
    if not any(score.names_agree(gold, p) for p in people):
        return "group/other"
    if not pred:
        return "no speaker"
    pronoun = mention.lower() in PRONOUNS
    person = any(score.names_agree(pred, p) for p in people)
    return ("pronoun" if pronoun else "name") + (" → wrong person" if person else " → non-person")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--class", dest="only")
    a = ap.parse_args()
    gold, pred = score.load(a.gold), score.load(a.pred)
    found = collections.defaultdict(list)
    matched = 0
    for gid, g in gold.items():
        text = g["text"]
        people = [p for p in (g.get("people") or []) + (g.get("sources") or []) if p]
        claims = [c for c in pred.get(gid, {}).get("claims", [])
                  if c.get("kind") in ("direct", "indirect", "mixed") and c.get("act", "speech") == "speech"]
        unit = score.units(claims, text, False)
        used = set()
        for q in g.get("quotes", []):
            gc = score.chars(score.gold_spans(q, text))
            if not gc:
                continue
            best, bj = 0.0, None
            for j, (_, c) in enumerate(unit):
                if j not in used and c:
                    cov = len(gc & c) / len(gc)
                    if cov > best:
                        best, bj = cov, j
            if bj is None or best < 0.3:
                continue
            used.add(bj)
            matched += 1
            claim = unit[bj][0]
            if score.names_agree(q.get("speaker", ""), score.name_of(claim.get("speaker"))):
                continue
            found[classify(q, claim, people)].append((gid, q, claim, text))
    wrong = sum(len(v) for v in found.values())
    print(f"matched {matched}, wrong speaker {wrong} ({100 * wrong / max(matched, 1):.1f}%)")
    for cls, rows in sorted(found.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(rows):4d}  {cls}")
    for cls, rows in sorted(found.items(), key=lambda kv: -len(kv[1])):
        if a.only and cls != a.only:
            continue
        print(f"\n== {cls}")
        for gid, q, claim, text in rows[: a.show]:
            m = claim.get("mention") or {}
            s = claim["start"]
            print(f"- {gid}  gold {q.get('speaker')!r} (as {q.get('speaker_mention')!r})  pred "
                  f"{score.name_of(claim.get('speaker'))!r} (as {m.get('text')!r})")
            print("    …" + text[max(0, s - 300):s + 80].replace("\n", " ¶ ") + "…")


if __name__ == "__main__":
    main()
