#!/usr/bin/env bash
# Cold start of target/function.zip (S3 and API functions) and of the floor (bench/coldstart/minimal-lambda),
# each run a fresh JVM under the AWS Lambda runtime interface client; JVM option variants side by side.
# Writes bench/results/coldstart-<date>.md (+ console output in bench/results/logs/).
#
#   bench/run-coldstart.sh                       # RUNS=5 measured runs (after 1 untimed warm-up run) per variant and function
#   RUNS=2 bench/run-coldstart.sh                # quicker
#   VARIANTS='default=;c1-serial=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC;c1=-XX:TieredStopAtLevel=1' bench/run-coldstart.sh
#   FUNCTIONS=s3,floor bench/run-coldstart.sh    # a subset of s3,api,floor
#   KEEP_LOGS=true bench/run-coldstart.sh        # keep each function's log in target/bench/
#   CLASSES=true bench/run-coldstart.sh          # also count classes loaded by init / during the invocations (-Xlog:class+load)
# A variant is name=JAVA_TOOL_OPTIONS or name@zip=JAVA_TOOL_OPTIONS, the latter running another build of the product
# (bench/coldstart/variant-zip.sh makes one: other SDK version, HTTP client); "training|measured" gives the warm-up runs other options, and
# {archive} is a per-variant file under target/bench/ (for CDS/AOT experiments, see bench/README.md).
source "$(dirname "$0")/lib.sh"
VARIANTS="${VARIANTS:-default=;c1-serial=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
BENCH_COMMAND="CLASSES=${CLASSES:-false} RUNS=${RUNS:-5} WARMUP_RUNS=${WARMUP_RUNS:-1} FUNCTIONS=${FUNCTIONS:-s3,api,floor} VARIANTS='$VARIANTS' bench/run-coldstart.sh $*"
./mvnw -B -q -f bench/coldstart/minimal-lambda/pom.xml package
OUT="$(results_file coldstart "${LABEL:-}")"
./mvnw -B -q -Pbench package \
  -Dbench.main=dev.newsclaims.bench.coldstart.ColdStartBench \
  -Dbench.runs="${RUNS:-5}" -Dbench.warmupRuns="${WARMUP_RUNS:-1}" \
  -Dbench.functions="${FUNCTIONS:-s3,api,floor}" -Dbench.variants="$VARIANTS" \
  -Dbench.keepLogs="${KEEP_LOGS:-false}" -Dbench.classes="${CLASSES:-false}" -Dbench.out="$OUT" \
  2>&1 | tee "bench/results/logs/$(basename "$OUT" .md).log"
echo "results: $OUT"
