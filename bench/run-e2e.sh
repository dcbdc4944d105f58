#!/usr/bin/env bash
# A burst of S3 events (default 1,000) through one warm S3 function process (target/function.zip under
# the Lambda runtime interface client), against local S3 (S3Proxy) and DynamoDB (dynalite): articles/s
# and where the time goes. Writes bench/results/e2e-<date>.md (+ console output in bench/results/logs/).
#
#   bench/run-e2e.sh
#   EVENTS=200 WARMUP_EVENTS=20 PHASE_SAMPLE=100 bench/run-e2e.sh     # quicker
#   JAVA_TOOL_OPTIONS_FN='-XX:TieredStopAtLevel=1 -XX:+UseSerialGC' bench/run-e2e.sh   # the function's JVM options
#   CORPUS=../shared/eval/data/bbc_summary_sample400.jsonl bench/run-e2e.sh
source "$(dirname "$0")/lib.sh"
BENCH_COMMAND="EVENTS=${EVENTS:-1000} WARMUP_EVENTS=${WARMUP_EVENTS:-50} PHASE_SAMPLE=${PHASE_SAMPLE:-300} JAVA_TOOL_OPTIONS_FN='${JAVA_TOOL_OPTIONS_FN:-}' bench/run-e2e.sh $*"
OUT="$(results_file e2e "${LABEL:-}")"
CORPUS_OPT=()
if [ -n "${CORPUS:-}" ]; then CORPUS_OPT=("-Dcorpus=$CORPUS"); fi
./mvnw -B -q -Pbench package \
  -Dbench.main=dev.newsclaims.bench.e2e.BurstBench \
  -Dbench.events="${EVENTS:-1000}" -Dbench.warmupEvents="${WARMUP_EVENTS:-50}" -Dbench.phaseSample="${PHASE_SAMPLE:-300}" \
  -Dbench.javaToolOptions="${JAVA_TOOL_OPTIONS_FN:-}" -Dbench.out="$OUT" "${CORPUS_OPT[@]}" \
  2>&1 | tee "bench/results/logs/$(basename "$OUT" .md).log"
echo "results: $OUT"
