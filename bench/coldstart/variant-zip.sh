#!/usr/bin/env bash
# Builds another function.zip from this checkout (its tracked files as they are now) in a scratch copy, with a patch
# and/or Maven properties, for bench/run-coldstart.sh to run side by side with target/function.zip in the same run.
#
#   bench/coldstart/variant-zip.sh crt bench/coldstart/variants/crt-http-client.patch   # → target/bench/zips/crt.zip
#   bench/coldstart/variant-zip.sh sdk-2.59.1 - -Dawssdk.version=2.59.1                 # no patch, a property
#   VARIANTS='c1=…;crt@target/bench/zips/crt.zip=…' bench/run-coldstart.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NAME="$1"; PATCH="${2:--}"; shift $(( $# >= 2 ? 2 : 1 ))
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
cd "$ROOT"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$SCRATCH"
if [ "$PATCH" != "-" ]; then
  patch -s -p1 -d "$SCRATCH" < "$ROOT/$PATCH"
fi
(cd "$SCRATCH" && ./mvnw -B -q package -DskipTests "$@")
mkdir -p "$ROOT/target/bench/zips"
cp "$SCRATCH/target/function.zip" "$ROOT/target/bench/zips/$NAME.zip"
echo "$ROOT/target/bench/zips/$NAME.zip: $(stat -c %s "$ROOT/target/bench/zips/$NAME.zip") bytes"
