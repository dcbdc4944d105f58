#!/usr/bin/env bash
# summarize.jar end to end (a fresh JVM per run, JSON lines in and out, files in the multi-file mode) on 1 and 2
# threads, against JMH's single-thread extractor throughput for the same build. Writes
# bench/results/batch-<date>-<time>.md (+ console output in bench/results/logs/).
#
#   bench/run-batch.sh                      # RUNS=3 of each, N = REPEAT=5 × the corpus
#   RUNS=1 REPEAT=2 JMH_WARMUP=2 JMH_ITERATIONS=2 bench/run-batch.sh     # quicker
#   THREADS="1 2 4" MODES=jsonl bench/run-batch.sh
#   CORPUS=../shared/eval/data/polnear_dev.jsonl SKIP_BUILD=true bench/run-batch.sh
# JMH runs last: the single-thread extractor throughput (the reference), then the same benchmark on nproc threads.
#   MAX_LOAD=1.5 WAIT_MINUTES=20 bench/run-batch.sh   # wait (up to 20 min) for the 1-minute load average to drop below 1.5
#   VARIANTS='default=;c1=-XX:TieredStopAtLevel=1' bench/run-batch.sh   # the JVM options of the command's runs, side by side
#   VARIANTS='main=jar:/tmp/main-summarize.jar;branch=' bench/run-batch.sh   # another build's jar side by side (options may
#       follow the jar: 'c1main=jar:/tmp/main.jar -XX:TieredStopAtLevel=1'); this checkout's target/summarize.jar otherwise
#   VARIANTS='default=;aot=-XX:AOTCache={aot}' bench/run-batch.sh   # JDK 25's AOT cache ({aot}: one per variant, made
#       first by a training run of the command over AOT_TRAINING, other articles than the corpus: polnear_dev by default)
#
# Marginal throughput = (text bytes of N articles − those of a tiny run) / (time of N − time of the tiny run): JVM
# start and model loading cancel out, JIT warm-up does not. Steady = the same between N and one pass of the corpus,
# which leaves most of the warm-up out too. Text bytes = UTF-8 bytes of the "text" fields. Every run's output is
# compared with the one-thread run's: they must be identical.
source "$(dirname "$0")/lib.sh"
RUNS="${RUNS:-3}"; REPEAT="${REPEAT:-5}"; TINY="${TINY:-5}"; THREADS="${THREADS:-1 2}"; MODES="${MODES:-jsonl files}"
CORPUS="${CORPUS:-../shared/eval/data/polnear_train.jsonl}"; AOT_TRAINING="${AOT_TRAINING:-../shared/eval/data/polnear_dev.jsonl}"; MAX_LOAD="${MAX_LOAD:-1.5}"; WAIT_MINUTES="${WAIT_MINUTES:-15}"
VARIANTS="${VARIANTS:-default=;c1=-XX:TieredStopAtLevel=1}"; JMH_FORKS="${JMH_FORKS:-1}"; JMH_WARMUP="${JMH_WARMUP:-5}"; JMH_ITERATIONS="${JMH_ITERATIONS:-5}"; JMH_TIME="${JMH_TIME:-5}"
BENCH_COMMAND="RUNS=$RUNS REPEAT=$REPEAT TINY=$TINY THREADS='$THREADS' MODES='$MODES' CORPUS=$CORPUS JMH_FORKS=$JMH_FORKS JMH_WARMUP=$JMH_WARMUP JMH_ITERATIONS=$JMH_ITERATIONS JMH_TIME=$JMH_TIME VARIANTS='$VARIANTS' bench/run-batch.sh"
for tool in jq awk; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[ -f "$CORPUS" ] || { echo "no corpus $CORPUS" >&2; exit 2; }

if [ "${SKIP_BUILD:-false}" != true ]; then
  ./mvnw -B -q package -DskipTests
  ./mvnw -B -q -f bench/extractor/pom.xml package
fi

# Inputs: {"id","text"} lines (the documented input; the corpus's other fields left out), and the same texts as files.
WORK=target/bench/batch
rm -rf "$WORK"; mkdir -p "$WORK/files"
jq -c '{id, text}' "$CORPUS" > "$WORK/pass.jsonl"
head -n "$TINY" "$WORK/pass.jsonl" > "$WORK/tiny.jsonl"
for _ in $(seq "$REPEAT"); do cat "$WORK/pass.jsonl"; done > "$WORK/n.jsonl"
i=0
while IFS= read -r line; do
  i=$((i + 1)); printf '%s' "$line" | jq -j '.text' > "$WORK/files/$(printf '%05d' "$i").txt"
done < "$WORK/pass.jsonl"
text_bytes() { jq -j '.text' "$1" | wc -c; }
declare -A BYTES=([tiny]="$(text_bytes "$WORK/tiny.jsonl")" [pass]="$(text_bytes "$WORK/pass.jsonl")" [n]="$(text_bytes "$WORK/n.jsonl")")
PASS_FILES=("$WORK"/files/*.txt)
TINY_FILES=("${PASS_FILES[@]:0:$TINY}")
N_FILES=(); for _ in $(seq "$REPEAT"); do N_FILES+=("${PASS_FILES[@]}"); done

# Wait for a quiet machine (the cores are shared), then write the header with the load at start.
waited=0
while awk -v max="$MAX_LOAD" '{ exit !($1 >= max) }' /proc/loadavg && [ "$waited" -lt $((WAIT_MINUTES * 60)) ]; do
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) ≥ $MAX_LOAD: waiting ($waited s so far)"; sleep 30; waited=$((waited + 30))
done
OUT="$(results_file batch "${LABEL:-}")"
LOG="bench/results/logs/$(basename "$OUT" .md).log"
RAW="$WORK/runs.tsv"; : > "$RAW"

# one_run VARIANT MODE INPUT THREADS RUN: times one fresh JVM with the variant's options ($JVM_ARGS); appends variant,
# mode, input, threads, run, wall s, process CPU s, CPU s of everything else on the machine meanwhile, 1-minute load before.
one_run() {
  local variant="$1"; shift
  local mode="$1" input="$2" threads="$3" run="$4" out="$WORK/out-$variant-$1-$2-$3.txt" t0 t1 s0 s1 times load
  load="$(cut -d' ' -f1 /proc/loadavg)"; s0=($(head -1 /proc/stat)); t0=$(date +%s%N)
  if [ "$mode" = jsonl ]; then
    times="$( { TIMEFORMAT='%U %S'; time "$JAVA_HOME/bin/java" $JVM_ARGS -jar "$JAR" --jsonl --threads "$threads" \
      < "$WORK/$input.jsonl" > "$out" 2> "$WORK/err.txt"; } 2>&1 )" || true
  else
    local -n files="${input^^}_FILES"
    times="$( { TIMEFORMAT='%U %S'; time "$JAVA_HOME/bin/java" $JVM_ARGS -jar "$JAR" --threads "$threads" \
      "${files[@]}" > "$out" 2> "$WORK/err.txt"; } 2>&1 )" || true
  fi
  t1=$(date +%s%N); s1=($(head -1 /proc/stat))
  awk -v v="$variant" -v m="$mode" -v i="$input" -v t="$threads" -v r="$run" -v w="$(( t1 - t0 ))" -v c="$times" -v l="$load" \
      -v busy="$(( (s1[1] + s1[2] + s1[3] + s1[6] + s1[7]) - (s0[1] + s0[2] + s0[3] + s0[6] + s0[7]) ))" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { split(c, u, " "); cpu = u[1] + u[2]; other = busy / hz - cpu; if (other < 0) other = 0;
               printf "%s\t%s\t%s\t%s\t%s\t%.3f\t%.2f\t%.2f\t%s\n", v, m, i, t, r, w / 1e9, cpu, other, l }' >> "$RAW"
  tail -1 "$RAW" | tee -a "$LOG"
  local first="$WORK/first-$mode-$input.txt"
  if [ ! -f "$first" ]; then
    cp "$out" "$first"
  elif ! cmp -s "$out" "$first"; then
    echo "DIFFERENT OUTPUT: $variant $mode $input on $threads threads" | tee -a "$LOG"; echo "$variant $mode $input $threads" >> "$WORK/different.txt"
  fi
}

IFS=';' read -r -a VARIANT_LIST <<< "$VARIANTS"
# A variant with {aot} gets its AOT cache (class loading and linking, method profiles) from a training run first.
for v in "${VARIANT_LIST[@]}"; do
  case "$v" in *'{aot}'*)
    cache="$WORK/${v%%=*}.aot"; rm -f "$cache"
    jq -c '{id, text}' "$AOT_TRAINING" | "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$cache" -jar target/summarize.jar --jsonl \
      > /dev/null 2> "$WORK/aot-training.txt"
    echo "AOT cache for ${v%%=*}: $(du -h "$cache" | cut -f1), trained on $(wc -l < "$AOT_TRAINING") articles of $AOT_TRAINING" | tee -a "$LOG" >> "$WORK/aot.txt" ;;
  esac
done
for run in $(seq "$RUNS"); do
  for v in "${VARIANT_LIST[@]}"; do
    JVM_ARGS="${v#*=}"; JVM_ARGS="${JVM_ARGS//\{aot\}/$WORK/${v%%=*}.aot}"; JAR=target/summarize.jar
    if [[ "$JVM_ARGS" == jar:* ]]; then JAR="${JVM_ARGS#jar:}"; JAR="${JAR%% *}"; JVM_ARGS="${JVM_ARGS#jar:$JAR}"; fi
    for mode in $MODES; do
      for threads in $THREADS; do
        for input in tiny pass n; do one_run "${v%%=*}" "$mode" "$input" "$threads" "$run"; done
      done
    done
  done
done

# Both JMH runs are timed, so that the CPU the rest of the machine used meanwhile can be told.
exec 3>&2  # the progress lines, around the capture of the timing
set +e      # a failed JMH run (another JMH instance holds its lock, for one) still leaves the command's figures written
JMH_STAT_0=($(head -1 /proc/stat)); JMH_TIMES="$( { TIMEFORMAT='%U %S'; time {
"$JAVA_HOME/bin/java" -Dcorpus="$CORPUS" -jar bench/extractor/target/benchmarks.jar --only throughput --forks "$JMH_FORKS" \
  --warmup "$JMH_WARMUP" --iterations "$JMH_ITERATIONS" --time "$JMH_TIME" --out "$WORK/jmh.md" 2>&1 | tee -a "$LOG" | grep -E '^(Iteration|\|)' >&3
# The extractor alone on every core (JMH, CorpusBench on nproc threads, shared models): how far it scales without
# the command around it and without JIT warm-up.
"$JAVA_HOME/bin/java" -cp bench/extractor/target/benchmarks.jar org.openjdk.jmh.Main 'dev.newsclaims.bench.extractor.CorpusBench' \
  -t "$(nproc)" -f "$JMH_FORKS" -wi "$JMH_WARMUP" -i "$JMH_ITERATIONS" -w "${JMH_TIME}s" -r "${JMH_TIME}s" \
  -jvmArgs "-Xms1g -Xmx1g -Dcorpus=$CORPUS" -rf csv -rff "$WORK/jmh-threads.csv" 2>&1 | tee -a "$LOG" | grep -E '^(Iteration|Result)' >&3
}; } 2>&1 )"; JMH_STAT_1=($(head -1 /proc/stat))
JMH_OTHERS="$(awk -v c="$JMH_TIMES" -v hz="$(getconf CLK_TCK)" \
  -v busy="$(( (JMH_STAT_1[1] + JMH_STAT_1[2] + JMH_STAT_1[3] + JMH_STAT_1[6] + JMH_STAT_1[7]) - (JMH_STAT_0[1] + JMH_STAT_0[2] + JMH_STAT_0[3] + JMH_STAT_0[6] + JMH_STAT_0[7]) ))" \
  'BEGIN { split(c, u, " "); o = busy / hz - u[1] - u[2]; printf "%.0f s of CPU of %.0f s", o < 0 ? 0 : o, busy / hz }')"
JMH_ALL_MBS="$(awk -F',' -v bytes="${BYTES[pass]}" -v n="$(wc -l < "$WORK/pass.jsonl")" 'NR == 2 { printf "%.2f", $5 * bytes / n / 1e6 }' "$WORK/jmh-threads.csv")"
JMH_MBS="$(awk -F'|' '/^\| [0-9.]+ ± [0-9.]+ \| [0-9.]+/ { split($3, a, " "); print a[1]; exit }' "$WORK/jmh.md")"
set -e

{
  echo "Corpus \`$CORPUS\`, as \`{\"id\",\"text\"}\` lines: one pass = $(wc -l < "$WORK/pass.jsonl") articles, ${BYTES[pass]} text bytes;"
  echo "N = $REPEAT passes (${BYTES[n]} bytes); tiny = the first $TINY articles (${BYTES[tiny]} bytes). Files mode: the same texts as .txt files."
  echo "Median of the clean runs among $RUNS per input (see bench/batch-summary.awk); each run a fresh JVM (\`java [variant's options] -jar [variant's jar, else target/summarize.jar]\`), output to a file."
  echo "Variants (name=JVM options): \`$VARIANTS\`."
  [ -s "$WORK/aot.txt" ] && cat "$WORK/aot.txt"
  echo "\"Others' CPU\" = CPU seconds the rest of the machine used during the run (from /proc/stat): other people's work."
  echo
  if [ -s "$WORK/different.txt" ]; then echo "**Output differed between thread counts:** $(tr '\n' ';' < "$WORK/different.txt")"; else
    echo "Output of every run identical, byte for byte, to the first run's of the same input (every variant and thread count)."; fi
  echo
  awk -F'\t' -v bt="${BYTES[tiny]}" -v bp="${BYTES[pass]}" -v bn="${BYTES[n]}" -f bench/batch-summary.awk "$RAW"
  echo
  echo "During the two JMH runs the rest of the machine used ${JMH_OTHERS:-?}."
  echo
  echo "JMH extractor throughput on $(nproc) threads at once (CorpusBench \`-t $(nproc)\`, same settings): ${JMH_ALL_MBS:-?} MB/s."
  echo
  echo "JMH single-thread extractor throughput, same build and corpus: **${JMH_MBS:-?} MB/s**; × $(nproc) cores × 0.8 = $(awk -v j="${JMH_MBS:-}" -v c="$(nproc)" 'BEGIN { if (j == "") print "?"; else printf "%.2f", j * c * 0.8 }') MB/s."
  echo
  echo "Raw runs (variant, mode, input, threads, run, wall s, CPU s, others' CPU s, load before):"
  echo
  echo '```'
  cat "$RAW"
  echo '```'
  echo
  cat "$WORK/jmh.md" 2>/dev/null || echo "(JMH did not run: see the log)"
} >> "$OUT"
cat "$OUT"
echo "results: $OUT"
