#!/usr/bin/env bash
# The extractor on hostile shapes (runs of one quotation mark, a million brackets, one endless sentence, storms of
# "said", capitalised words, commas, short paragraphs, an article repeated, one long --jsonl line), each at 1 MB and
# 5 MB (most are refused as too_large there: more than ArticlePipeline.MAX_TOKENS tokens) and at the largest size of
# its shape just under the token limit (so the whole analysis runs on every shape), against ordinary news in the same
# run. A fresh JVM per run with the functions' JVM options (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC, as
# JAVA_TOOL_OPTIONS in template.yaml). Writes bench/results/hostile-<date>-<time>.md.
#
#   bench/run-hostile.sh                         # RUNS=1, sizes 1 MB, 5 MB and under-limit
#   RUNS=3 SIZES="1000000 5000000 under-limit" bench/run-hostile.sh
#   NEWS=../shared/eval/data/bbc_summary_sample400.jsonl bench/run-hostile.sh   # the ordinary news (JSON lines with "text")
#   MAX_LOAD=1.5 WAIT_MINUTES=20 bench/run-hostile.sh                 # wait for a quieter machine first
#   JVM_ARGS='-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxRAM=512m' bench/run-hostile.sh   # the heap of a 512 MB function
#
# Time per MB = (time of the run − time of a one-line run) / MB of text: JVM start and model loading cancel out.
# Both wall and CPU (user + sys of the process) time are given; on shared cores CPU time is the steadier figure.
# The shapes come from src/test/java/dev/newsclaims/extract/hostile/HostileShapes.java (the tests use the same);
# "real article" repeats the longest article of NEWS, which stays in target/ (never committed).
source "$(dirname "$0")/lib.sh"
RUNS="${RUNS:-1}"; SIZES="${SIZES:-1000000 5000000 under-limit}"; NEWS="${NEWS:-../shared/eval/data/polnear_train.jsonl}"
MAX_LOAD="${MAX_LOAD:-100}"; WAIT_MINUTES="${WAIT_MINUTES:-0}"; TIMEOUT="${TIMEOUT:-600}"
JVM_ARGS="${JVM_ARGS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
BENCH_COMMAND="RUNS=$RUNS SIZES='$SIZES' NEWS=$NEWS JVM_ARGS='$JVM_ARGS' bench/run-hostile.sh"
for tool in jq awk; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[ -f "$NEWS" ] || { echo "no news corpus $NEWS" >&2; exit 2; }

source eval/build-classes.sh >/dev/null   # $java, $cp, $classes (javac, no packaging step)
WORK=target/bench/hostile
rm -rf "$WORK"; mkdir -p "$WORK"
SHAPES=src/test/java/dev/newsclaims/extract/hostile/HostileShapes.java
jq -c '{id, text}' "$NEWS" > "$WORK/news.jsonl"
head -n 1 "$WORK/news.jsonl" > "$WORK/tiny.jsonl"
jq -j 'select(.text | length > 3000) | .text + "\u0000"' "$NEWS" | awk 'BEGIN { RS = "\0" } length > length(best) { best = $0 } END { printf "%s\n\n", best }' > "$WORK/real-article.unit"
for size in $SIZES; do
  dir="$WORK/$size"; mkdir -p "$dir"
  "$java" -cp "$classes" "$SHAPES" "$dir" "$size" "$WORK/real-article.unit" > "$dir/sizes.tsv"   # name, bytes, tokens
  jq -Rsc '{id: "one-line", text: .}' "$dir/real-article.txt" > "$dir/jsonl-line.jsonl"
done

waited=0
while awk -v max="$MAX_LOAD" '{ exit !($1 >= max) }' /proc/loadavg && [ "$waited" -lt $((WAIT_MINUTES * 60)) ]; do
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) ≥ $MAX_LOAD: waiting ($waited s so far)"; sleep 30; waited=$((waited + 30))
done
OUT="$(results_file hostile "${LABEL:-}")"
LOG="bench/results/logs/$(basename "$OUT" .md).log"
RAW="$WORK/runs.tsv"; : > "$RAW"

# one_run NAME SIZE INPUT: one fresh JVM over INPUT (.jsonl: --jsonl on stdin; else a file); appends name, text bytes,
# wall s, CPU s, exit code, output bytes, claims, longest claim, 1-minute load before, peak RSS MB, size asked, outcome.
one_run() {
  local name="$1" asked="$2" input="$3" out="$WORK/out.json" bytes times rc t0 t1 load
  load="$(cut -d' ' -f1 /proc/loadavg)"
  if [[ "$input" == *.jsonl ]]; then
    bytes="$(jq -j '.text' "$input" | wc -c)"
    t0=$(date +%s%N)
    /usr/bin/time -f '%U %S %M' -o "$WORK/time.txt" timeout "$TIMEOUT" "$java" $JVM_ARGS -cp "$classes:$cp" \
      dev.newsclaims.cli.SummarizeCommand --jsonl --threads 1 < "$input" > "$out" 2> "$WORK/err.txt" && rc=0 || rc=$?
  else
    bytes="$(wc -c < "$input")"
    t0=$(date +%s%N)
    /usr/bin/time -f '%U %S %M' -o "$WORK/time.txt" timeout "$TIMEOUT" "$java" $JVM_ARGS -cp "$classes:$cp" \
      dev.newsclaims.cli.SummarizeCommand --threads 1 "$input" > "$out" 2> "$WORK/err.txt" && rc=0 || rc=$?
  fi
  t1=$(date +%s%N)
  times="$(tail -1 "$WORK/time.txt")"
  local claims longest outcome tokens
  tokens="$(awk -F'\t' -v n="${name/jsonl-line/real-article}" '$1 == n { print $3 }' "$WORK/$asked/sizes.tsv" 2>/dev/null || true)"
  outcome="$(jq -rs '[.[] | .outcome // "summarised"] | unique | join(",")' "$out" 2>/dev/null || echo '?')"
  claims="$(jq -s '[.[].claims // [] | length] | add' "$out" 2>/dev/null || echo '?')"
  longest="$(jq -s '[.[].claims // [] | .[] | .end - .start] | max // 0' "$out" 2>/dev/null || echo '?')"
  awk -v n="$name" -v b="$bytes" -v w="$(( t1 - t0 ))" -v c="$times" -v rc="$rc" -v o="$(wc -c < "$out")" \
      -v k="$claims" -v lg="$longest" -v l="$load" -v a="$asked" -v oc="$outcome" -v tk="${tokens:--}" \
      'BEGIN { split(c, u, " "); printf "%s\t%d\t%.2f\t%.2f\t%s\t%d\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", n, b, w / 1e9, u[1] + u[2], rc, o, k, lg, l, u[3] / 1024, a, oc, tk }' >> "$RAW"
  tail -1 "$RAW" | tee -a "$LOG"
}

for run in $(seq "$RUNS"); do
  one_run tiny - "$WORK/tiny.jsonl"
  one_run news - "$WORK/news.jsonl"
  for size in $SIZES; do
    for f in "$WORK/$size"/*.txt; do one_run "$(basename "$f" .txt)" "$size" "$f"; done
    one_run jsonl-line "$size" "$WORK/$size/jsonl-line.jsonl"
  done
done

# Medians per (name, size asked); per MB net of the one-line run; ratio to the news per MB (CPU).
{
  echo "- runs: $RUNS of each (medians); JVM options: \`$JVM_ARGS\`; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- ordinary news: \`$NEWS\` as one --jsonl run; \"real article\": its longest article repeated; \"jsonl-line\": the same as one --jsonl line"
  echo "- size: 1 MB, 5 MB, or \"under limit\" = the most bytes of the shape with at most $(grep -o 'MAX_TOKENS = [0-9_]*' src/main/java/dev/newsclaims/process/ArticlePipeline.java | sed 's/.*= //') tokens (more are refused as \`too_large\` before analysis)"
  echo "- per MB = (time − time of a one-line run) ÷ MB of text (10^6 bytes); × news: CPU per MB ÷ the news's CPU per MB. Target: ≤ 3× news"
  echo
  echo "| input | size | MB | tokens | result | wall s | CPU s | wall s/MB | CPU s/MB | × news (CPU) | exit | output bytes | claims | longest claim (chars) | peak RSS MB |"
  echo "| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  awk -F'\t' -v OFS='\t' '{ print ($11 == "under-limit" ? "9999999999" : $11 == "-" ? 0 : $11), $0 }' "$RAW" | sort -t$'\t' -k2,2 -k1,1n | cut -f2- | awk -F'\t' '
    function median(list,   n, a, i, j, t) { n = split(list, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    function label(asked) { return asked == "under-limit" ? "under limit" : asked ~ /^[0-9]+$/ ? asked / 1e6 " MB" : asked }
    { key = $1 "\t" $11; if (!(key in bytes)) order[++count] = key; bytes[key] = $2; wall[key] = wall[key] " " $3; cpu[key] = cpu[key] " " $4
      rc[key] = rc[key] == "" || rc[key] == "0" ? $5 : rc[key]; out[key] = $6; claims[key] = $7; longest[key] = $8; rss[key] = $10
      result[key] = $12; tokens[key] = $13 }
    END {
      for (k in bytes) if (k ~ /^tiny\t/) { tw = median(wall[k]); tc = median(cpu[k]); tb = bytes[k] }
      for (k in bytes) if (k ~ /^news\t/) { newsCpu = (median(cpu[k]) - tc) / ((bytes[k] - tb) / 1e6) }
      for (i = 1; i <= count; i++) { k = order[i]; split(k, p, "\t"); if (p[1] == "tiny") continue
        mb = (bytes[k] - tb) / 1e6; w = median(wall[k]); c = median(cpu[k]); x = (c - tc) / mb / newsCpu
        if (p[1] != "news" && result[k] == "summarised" && x > worst) { worst = x; worstKey = p[1] " (" label(p[2]) ")" }
        printf "| %s | %s | %.2f | %s | %s | %.1f | %.1f | %.2f | %.2f | %.2f | %s | %d | %s | %s | %d |\n", p[1], label(p[2]), bytes[k] / 1e6, tokens[k], result[k], w, c,
          (w - tw) / mb, (c - tc) / mb, x, rc[k], out[k], claims[k], longest[k], rss[k] }
      printf "\none-line run (JVM start, models): wall %.1f s, CPU %.1f s; news: %.2f CPU s/MB\n", tw, tc, newsCpu
      printf "\nmost CPU per MB of a summarised shape: %.2f× news (%s)\n", worst, worstKey }'
} >> "$OUT"
echo "results: $OUT"
