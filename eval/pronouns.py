#!/usr/bin/env python3
"""How often a claim whose source is a person pronoun ("he said") is given the person CoreNLP's coreference chain
for that pronoun names. The chains are silver (automatic), so the figure compares versions of the extractor; it is
not an accuracy. PolNeAR's own gold names the pronoun itself as the source, so its scorer cannot tell this.

usage: pronouns.py CORENLP.jsonl.gz PRED.jsonl
"""
import gzip
import json
import re
import sys

PRONOUNS = {"he", "she", "him", "her", "his"}
NOT_NAMES = {"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "President", "The", "He", "She", "His", "Her"}


def chains(article):
    out = []
    for chain in article.get("coref") or []:
        mentions = []
        for m in chain:
            toks = article["sentences"][m["sentence"] - 1]["tokens"]
            if not toks:
                continue
            mentions.append((toks[m["start"] - 1][0], toks[m["end"] - 2][1], m["text"]))
        out.append(mentions)
    return out


def main(corenlp_path, pred_path):
    with gzip.open(corenlp_path, "rt", encoding="utf-8") as f:
        silver = {a["id"]: a for a in map(json.loads, f)}
    agree = total = 0
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            pred = json.loads(line)
            article = silver.get(pred["id"])
            if article is None:
                continue
            article_chains = None
            for claim in pred.get("claims", []):
                mention = claim.get("mention")
                if not mention or mention["text"].lower() not in PRONOUNS or not claim.get("speaker"):
                    continue
                article_chains = article_chains or chains(article)
                for chain in article_chains:
                    if not any(s <= mention["start"] < e for s, e, _ in chain):
                        continue
                    names = {w for _, _, t in chain if t.lower() not in PRONOUNS
                             for w in re.findall(r"[A-Z][a-z]+", t)} - NOT_NAMES
                    if names:
                        total += 1
                        agree += bool(set(claim["speaker"].split()) & names)
                    break
    print("pronoun sources agreeing with CoreNLP's chains: %d/%d = %.1f%%" % (agree, total, 100 * agree / max(1, total)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
