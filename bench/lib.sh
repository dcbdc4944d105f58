# Shared by bench/run-*.sh: repo root, JDK, results file with a machine header.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
cd "$ROOT"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
mkdir -p "$BENCH_DIR/results/logs"

# results_file NAME LABEL → prints the path of bench/results/NAME-DATE.md after writing its header.
results_file() {
  local name="$1" label="$2" stamp
  stamp="$(date -u +%Y-%m-%d-%H%M)"
  local file="bench/results/${name}-${stamp}.md"
  {
    echo "# ${name} benchmark: ${stamp} UTC"
    echo
    if [ -n "$label" ]; then echo "**${label}**"; echo; fi
    echo "- command: \`${BENCH_COMMAND:-}\`"
    echo "- git: \`$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (uncommitted changes)')\` on branch \`$(git rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?')\`"
    echo "- machine: \`nproc\` = $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- memory (\`free -g\`):"
    echo
    echo '```'
    free -g
    echo '```'
    echo
    echo "- JDK: \`$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)\` ($("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p))"
    echo "- kernel: $(uname -sr)"
    echo
  } > "$file"
  echo "$file"
}
