#!/usr/bin/env bash
# CPU seconds of each kind of thread in one `summarize.jar --jsonl` run: the C2 and C1 compilers, GC and VM, and the
# rest (the workers and the reader/writer), sampled from /proc every 0.3 s (each thread's last sample is kept, so
# a thread's last 0.3 s may be missed). Shows how much of a batch goes to the JIT rather than to extraction.
#
#   bench/thread-cpu.sh NAME INPUT.jsonl THREADS [JVM options...]
#   bench/thread-cpu.sh default target/bench/batch/n.jsonl 2
#   bench/thread-cpu.sh c1 target/bench/batch/n.jsonl 2 -XX:TieredStopAtLevel=1
#   JAR=/tmp/main-summarize.jar bench/thread-cpu.sh main target/bench/batch/n.jsonl 2   # another build
# Output goes to target/bench/thread-cpu/NAME.jsonl (compare two runs' outputs with cmp).
set -euo pipefail
name="$1"; input="$2"; threads="$3"; shift 3
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"; jar="${JAR:-target/summarize.jar}"  # JAR=path: another build
work=target/bench/thread-cpu; mkdir -p "$work"
samples="$work/$name.samples.tsv"; : > "$samples"
hz="$(getconf CLK_TCK)"
start=$(date +%s%N)
"$java" "$@" -jar "$jar" --jsonl --threads "$threads" < "$input" > "$work/$name.jsonl" 2> "$work/$name.err" &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
  for task in /proc/"$pid"/task/*; do
    comm="$(cat "$task/comm" 2>/dev/null)" || continue
    ticks="$(cut -d')' -f2 "$task/stat" 2>/dev/null | awk '{print $12 + $13}')" || continue
    [ -n "$ticks" ] && printf '%s\t%s\t%s\n' "${task##*/}" "$comm" "$ticks"
  done >> "$samples"
  sleep 0.3
done
wait "$pid" || true
end=$(date +%s%N)
awk -F'\t' '{ if ($3 > max[$1]) { max[$1] = $3; comm[$1] = $2 } } END { for (t in max) printf "%s\t%s\n", comm[t], max[t] }' "$samples" |
  awk -F'\t' -v n="$name" -v w=$(( (end - start) / 1000000 )) -v hz="$hz" '
    /C2 Compiler/ { c2 += $2; next } /C1 Compiler/ { c1 += $2; next } /GC|G1|VM Thread/ { gc += $2; next } { rest += $2 }
    END { printf "%s: wall %.1f s, CPU s: C2 %.1f, C1 %.1f, GC/VM %.1f, workers and I/O %.1f\n", n, w / 1000, c2 / hz, c1 / hz, gc / hz, rest / hz }'
