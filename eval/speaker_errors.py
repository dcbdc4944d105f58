#!/usr/bin/env python3
"""Where the speakers go wrong, by class, against gold that names every quotation's canonical speaker and lists
the people quoted (`sources`) and the bylines (`authors`), such as the Gender Gap Tracker's annotations.

usage: speaker_errors.py GOLD.jsonl PRED.jsonl [--examples N]

Prints two tables and examples of each class:
- false persons in our speaker list (a speaker of type person whom no gold source matches): a byline author, a
  person the article names who was not quoted, a name the gold quotes under a longer name (a fragment), a
  one-word name, or a name the article never writes as a person;
- wrong speakers on matched speech claims (coverage >= 0.3, as the scorer matches them), by what our mention was:
  a pronoun, none at all, a document or collective noun, a bare surname, a title, a full name.
Reads the files in place and writes nothing.
"""
import argparse
import collections
import json
import re

TOK = re.compile(r"[a-z0-9\u00c0-\u024f'-]+")
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "him", "her", "them", "his", "its", "their"}
DOCUMENTS = {"statement", "report", "lawsuit", "suit", "release", "memo", "letter", "study", "survey", "filing",
             "complaint", "ruling", "decision", "document", "documents", "email", "post", "tweet", "court"}


def words(s):
    return set(TOK.findall((s or "").lower()))


def agree(a, b):
    x, y = words(a), words(b)
    return bool(x) and bool(y) and (x <= y or y <= x)


def chars(spans):
    out = set()
    for s, e in spans:
        out.update(range(s, e))
    return out


def gold_spans(q, text):
    if q.get("quote_spans"):
        return [tuple(s) for s in q["quote_spans"]]
    if q.get("quote_span"):
        return [tuple(q["quote_span"])]
    i = text.find(q.get("quote") or "\0")
    return [(i, i + len(q["quote"]))] if i >= 0 else []


def false_person_class(name, gold, text):
    if any(agree(name, a) for a in gold.get("authors") or []):
        return "byline author"
    if any(words(name) < words(s) for s in gold.get("sources") or []):
        return "fragment of a quoted name"
    people = gold.get("people") or []
    if any(agree(name, p) for p in people):
        return "named person, not quoted"
    if " " not in name.strip():
        return "one-word name"
    return "not a person the article names"


def wrong_speaker_class(claim, gold_speaker):
    mention = ((claim.get("mention") or {}).get("text") or "").strip()
    speaker = claim.get("speaker")
    if not speaker:
        return "no speaker"
    low = mention.lower()
    if low in PRONOUNS:
        return "pronoun"
    if words(low) & DOCUMENTS:
        return "document or collective"
    if mention and mention[0].islower() or low.startswith("the ") or low.startswith("a "):
        return "description"
    if " " not in mention:
        return "one word (surname, place, organisation)"
    return "full name"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--examples", type=int, default=6)
    a = ap.parse_args()
    gold = {r["id"]: r for r in map(json.loads, open(a.gold, encoding="utf-8")) if r}
    pred = {r["id"]: r for r in map(json.loads, open(a.pred, encoding="utf-8")) if r}

    fp = collections.defaultdict(list)
    for gid, g in gold.items():
        sources = [s for s in g.get("sources") or [] if s]
        used = set()
        for s in pred.get(gid, {}).get("speakers", []):
            if s.get("type", "person") != "person" or not s.get("name"):
                continue
            hit = next((k for k, src in enumerate(sources) if k not in used and agree(src, s["name"])), None)
            if hit is not None:
                used.add(hit)
                continue
            fp[false_person_class(s["name"], g, g["text"])].append((gid, s["name"], s.get("claims")))

    wrong = collections.defaultdict(list)
    for gid, g in gold.items():
        text = g["text"]
        claims = [c for c in pred.get(gid, {}).get("claims", [])
                  if c.get("kind") != "statement" and c.get("act", "speech") == "speech"]
        cs = [chars([(c["start"], c["end"])]) for c in claims]
        used = set()
        for q in g.get("quotes", []):
            gc = chars(gold_spans(q, text))
            best, bj = 0.0, None
            for j, c in enumerate(cs):
                if j not in used and gc:
                    cov = len(gc & c) / len(gc)
                    if cov > best:
                        best, bj = cov, j
            if bj is None or best < 0.3:
                continue
            used.add(bj)
            c = claims[bj]
            if agree(q.get("speaker", ""), c.get("speaker") or ""):
                continue
            m = c.get("mention") or {}
            wrong[wrong_speaker_class(c, q.get("speaker"))].append(
                (gid, q.get("speaker"), c.get("speaker"), m.get("text"), text[max(0, c["start"] - 80):c["start"]]
                 .replace("\n", " ") + " [" + text[c["start"]:c["end"]][:60].replace("\n", " ") + "]"))

    print("false persons in the speaker list:", sum(map(len, fp.values())))
    for k, v in sorted(fp.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(v):4d}  {k}")
    print("wrong speakers on matched speech claims:", sum(map(len, wrong.values())))
    for k, v in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(v):4d}  {k}")
    for title, table in (("false persons", fp), ("wrong speakers", wrong)):
        for k, v in sorted(table.items(), key=lambda kv: -len(kv[1])):
            print(f"\n== {title}: {k}")
            for row in v[:a.examples]:
                print("   ", " | ".join(str(x) for x in row))


if __name__ == "__main__":
    main()
