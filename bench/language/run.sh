#!/usr/bin/env bash
# Measures LanguageDetector: load time in a fresh JVM, accuracy on the test paragraphs, and what it says
# about the English evaluation articles (read in place from ../shared, never copied).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
shared=../shared/eval/data
"$JAVA" -cp target/classes bench/language/MeasureShortLines.java src/test/resources/language-short
"$JAVA" -cp target/classes bench/language/MeasureLanguageDetector.java src/test/resources/language \
    $(ls "$shared"/polnear_dev.jsonl "$shared"/bbc_summary_sample400.jsonl 2>/dev/null || true)
