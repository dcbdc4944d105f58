#!/usr/bin/env bash
# A burst of N uploads (default 1,000) through the articles queue: S3 notifications on ElasticMQ, drained by
# the event source mapping stand-in (batch size, maximum concurrency) into C function processes (the
# deployable zip, SQS handler) against S3Proxy and dynalite. Throughput, per-phase breakdown, no loss,
# no duplicate, concurrency capped. Writes bench/results/queue-<date>.md (+ console output in bench/results/logs/).
#
#   bench/run-queue.sh
#   EVENTS=10000 CONCURRENCY=2 bench/run-queue.sh
#   JAVA_TOOL_OPTIONS_FN='-XX:TieredStopAtLevel=1 -XX:+UseSerialGC' bench/run-queue.sh
source "$(dirname "$0")/lib.sh"
BENCH_COMMAND="EVENTS=${EVENTS:-1000} CONCURRENCY=${CONCURRENCY:-2} BATCH_SIZE=${BATCH_SIZE:-10} WARMUP_EVENTS=${WARMUP_EVENTS:-50} PHASE_SAMPLE=${PHASE_SAMPLE:-300} JAVA_TOOL_OPTIONS_FN='${JAVA_TOOL_OPTIONS_FN:-}' bench/run-queue.sh $*"
OUT="$(results_file queue "${LABEL:-}")"
CORPUS_OPT=()
if [ -n "${CORPUS:-}" ]; then CORPUS_OPT=("-Dcorpus=$CORPUS"); fi
./mvnw -B -q -Pbench package \
  -Dbench.main=dev.newsclaims.bench.e2e.QueueBurstBench \
  -Dbench.events="${EVENTS:-1000}" -Dbench.concurrency="${CONCURRENCY:-2}" -Dbench.batchSize="${BATCH_SIZE:-10}" \
  -Dbench.warmupEvents="${WARMUP_EVENTS:-50}" -Dbench.phaseSample="${PHASE_SAMPLE:-300}" \
  -Dbench.javaToolOptions="${JAVA_TOOL_OPTIONS_FN:-}" -Dbench.out="$OUT" "${CORPUS_OPT[@]}" \
  2>&1 | tee "bench/results/logs/$(basename "$OUT" .md).log"
echo "results: $OUT"
