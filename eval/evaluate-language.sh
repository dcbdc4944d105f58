#!/usr/bin/env bash
# Scores the language layer (tokens, parts of speech, names, heads) against the CoreNLP silver annotations:
# builds the classes, runs `SummarizeCommand --analyze --jsonl` over polnear_dev and prints
# ../shared/eval/score_language.py's lines. Predictions go to target/eval/; nothing is written into the repo.
# Usage: eval/evaluate-language.sh            (data from ../shared/eval/data beside the checkout)
#        NEWSCLAIMS_EVAL_DATA=/path/to/data NEWSCLAIMS_LANGUAGE_SET=polnear_train eval/evaluate-language.sh
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${NEWSCLAIMS_EVAL_DATA:-$repo/../shared/eval/data}"
scorer="${NEWSCLAIMS_LANGUAGE_SCORER:-$data/../score_language.py}"
name="${NEWSCLAIMS_LANGUAGE_SET:-polnear_dev}"
out="$repo/target/eval"
mkdir -p "$out"

cd "$repo"
source "$repo/eval/build-classes.sh"

python3 -c '
import json, sys
for line in sys.stdin:
    if line.strip():
        r = json.loads(line)
        print(json.dumps({"id": r["id"], "text": r["text"]}))
' < "$data/$name.jsonl" > "$out/$name.language.in.jsonl"
"$java" -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$classes:$cp" \
  dev.newsclaims.cli.SummarizeCommand --analyze --jsonl < "$out/$name.language.in.jsonl" > "$out/$name.language.jsonl"
echo "== $name language layer"
python3 "$scorer" "$data/${name}_corenlp.jsonl.gz" "$out/$name.language.jsonl"
