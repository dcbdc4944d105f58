#!/usr/bin/env bash
# Builds the command-line extractor, runs it over the evaluation sets and prints the scorer's lines:
#   polnear_dev (all attributions; --join-utterances; --types direct,mixed; --acts speech), and the BBC summary
#   sample.
# Usage: eval/evaluate.sh            (data from ../shared/eval/data beside the checkout)
#        NEWSCLAIMS_EVAL_DATA=/path/to/data eval/evaluate.sh
#        NEWSCLAIMS_EVAL_SETS="polnear_train" eval/evaluate.sh   (any *.jsonl names in the data dir)
#        NEWSCLAIMS_SUMMARY_WORDS=100 eval/evaluate.sh          (summary word budget; default 75)
# Files missing from the data directory are skipped. Nothing from the data is written into the repo:
# predictions go to target/eval/.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${NEWSCLAIMS_EVAL_DATA:-$repo/../shared/eval/data}"
scorer="${NEWSCLAIMS_SCORER:-$data/../score.py}"
sets="${NEWSCLAIMS_EVAL_SETS:-polnear_dev bbc_summary_sample400}"
out="$repo/target/eval"
mkdir -p "$out"

cd "$repo"
source "$repo/eval/build-classes.sh"

if [[ ! -f "$scorer" ]]; then
  echo "scorer not found at $scorer; set NEWSCLAIMS_SCORER" >&2
  exit 1
fi

for name in $sets; do
  gold="$data/$name.jsonl"
  if [[ ! -f "$gold" ]]; then
    echo "skip $name: $gold not found"
    continue
  fi
  # the extractor sees only what a caller would send: id, text, and the title when the set has one
  python3 -c '
import json, sys
for line in sys.stdin:
    if line.strip():
        r = json.loads(line)
        o = {"id": r["id"], "text": r["text"]}
        if r.get("title"):
            o["title"] = r["title"]
        print(json.dumps(o))
' < "$gold" > "$out/$name.in.jsonl"
  if ! "$java" -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$classes:$cp" \
      dev.newsclaims.cli.SummarizeCommand --jsonl ${NEWSCLAIMS_SUMMARY_WORDS:+--summary-words "$NEWSCLAIMS_SUMMARY_WORDS"} < "$out/$name.in.jsonl" > "$out/$name.pred.jsonl" 2> "$out/$name.err"; then
    echo "extractor failed on $name:" >&2
    head -n 20 "$out/$name.err" >&2
    exit 1
  fi
  if grep -q '"summary_sentences"' <(head -c 100000 "$gold"); then
    echo "== $name summary"
    python3 "$scorer" summary "$gold" "$out/$name.pred.jsonl"
    echo "== $name summary baseline: first body sentences within the same budget (eval/LeadBaseline.java)"
    "$java" -cp "$classes:$cp" eval/LeadBaseline.java ${NEWSCLAIMS_SUMMARY_WORDS:-} < "$out/$name.in.jsonl" > "$out/$name.lead.pred.jsonl"
    python3 "$scorer" summary "$gold" "$out/$name.lead.pred.jsonl"
  else
    echo "== $name quotes, all attributions (each claim its own unit)"
    python3 "$scorer" quotes "$gold" "$out/$name.pred.jsonl"
    echo "== $name quotes --join-utterances (the pieces of one interrupted quotation scored as one unit)"
    python3 "$scorer" quotes "$gold" "$out/$name.pred.jsonl" --join-utterances
    echo "== $name quotes --types direct,mixed --join-utterances"
    python3 "$scorer" quotes "$gold" "$out/$name.pred.jsonl" --types direct,mixed --join-utterances
    echo "== $name quotes --acts speech --join-utterances (speech claims only)"
    python3 "$scorer" quotes "$gold" "$out/$name.pred.jsonl" --acts speech --join-utterances
    if [[ -f "$data/${name}_corenlp.jsonl.gz" ]]; then
      echo "== $name pronoun sources against CoreNLP's coreference chains (silver; compares versions)"
      python3 eval/pronouns.py "$data/${name}_corenlp.jsonl.gz" "$out/$name.pred.jsonl"
    fi
    echo "== $name confidence calibration (precision per confidence band)"
    python3 eval/calibration.py "$scorer" "$gold" "$out/$name.pred.jsonl"
  fi
done
