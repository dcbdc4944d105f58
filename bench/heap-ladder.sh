#!/usr/bin/env bash
# The smallest heap (-Xmx, from a ladder) at which the command-line extractor completes each file, with the
# functions' JVM options (template.yaml JAVA_TOOL_OPTIONS). Classes from eval/build-classes.sh.
#   source eval/build-classes.sh; CLASSES=target/eval-classes bench/heap-ladder.sh "48 64 80 96 128 192 256 384 512 768 1024" FILE...
# Prints, per file: bytes and the smallest -Xmx in MB that completed (none: every rung ran out of memory).
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cpath="$(cat target/eval-cp.txt)"
ladder="$1"; shift
for f in "$@"; do
  ok=none
  for x in $ladder; do
    if timeout 400 "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Xmx${x}m" -cp "${CLASSES:-target/eval-classes}:$cpath" \
        dev.newsclaims.cli.SummarizeCommand --threads 1 "$f" > /dev/null 2> "/tmp/heap-ladder-err.$$"; then ok=$x; break; fi
    echo "  $(basename "$f") -Xmx${x}m: $(grep -m1 -o 'OutOfMemoryError.*' "/tmp/heap-ladder-err.$$" | head -c 80)"
  done
  echo "$(basename "$f") $(wc -c < "$f") bytes: smallest -Xmx ${ok} MB"
done
rm -f "/tmp/heap-ladder-err.$$"
