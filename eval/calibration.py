#!/usr/bin/env python3
"""Is `confidence` honest? Precision of our quote and reported-speech claims per confidence band.

usage: calibration.py SCORER.py GOLD.jsonl PRED.jsonl
A claim counts as correct when it covers at least 30% of the characters of some gold attribution
(the scorer's loose match, without the one-to-one pairing). Uses the scorer's own span helpers.
"""
import importlib.util
import sys


def main(scorer_path, gold_path, pred_path):
    spec = importlib.util.spec_from_file_location("score", scorer_path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold, pred = score.load(gold_path), score.load(pred_path)
    bands = {}
    for gid, g in gold.items():
        text = g["text"]
        gold_chars = [score.chars(score.gold_spans(q, text)) for q in g.get("quotes", [])]
        for c in pred.get(gid, {}).get("claims", []):
            if c.get("kind") not in ("direct", "indirect", "mixed"):
                continue
            pc = score.chars(score.pred_span(c, text))
            ok = any(gc and len(gc & pc) / len(gc) >= 0.3 for gc in gold_chars)
            band = min(9, int(float(c.get("confidence", 0)) * 10))
            n, k = bands.get(band, (0, 0))
            bands[band] = (n + 1, k + ok)
    for band in sorted(bands):
        n, k = bands[band]
        print(f"confidence {band / 10:.1f}-{(band + 1) / 10:.1f}: {n:5d} claims, precision {100 * k / n:5.1f}%")


if __name__ == "__main__":
    main(*sys.argv[1:4])
