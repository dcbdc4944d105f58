#!/usr/bin/env bash
# JMH benchmarks of the extractor (throughput over the corpus, allocation/article, length scaling,
# start-up). Builds the main project's classes and bench/extractor/target/benchmarks.jar, runs them,
# writes bench/results/extractor-<date>.md (+ the full JMH output in bench/results/logs/).
#
#   bench/run-extractor.sh              # full settings (≈ 15 min on 2 quiet cores)
#   bench/run-extractor.sh --smoke      # short settings, to check it runs (≈ 2 min)
#   CORPUS=../shared/eval/data/polnear_dev.jsonl bench/run-extractor.sh --only throughput,alloc
#   other options: --forks N --warmup N --iterations N --time SECONDS --startup-forks N --jvm-args "..."
#   LABEL="smoke run on a loaded machine" bench/run-extractor.sh --smoke
source "$(dirname "$0")/lib.sh"
BENCH_COMMAND="bench/run-extractor.sh $*"
./mvnw -B -q compile
./mvnw -B -q -f bench/extractor/pom.xml package
OUT="$(results_file extractor "${LABEL:-}")"
CORPUS_OPT=()
if [ -n "${CORPUS:-}" ]; then CORPUS_OPT=("-Dcorpus=$CORPUS"); fi
java "${CORPUS_OPT[@]}" -jar bench/extractor/target/benchmarks.jar --out "$OUT" "$@" \
  2>&1 | tee "bench/results/logs/$(basename "$OUT" .md).log"
echo "results: $OUT"
