#!/usr/bin/env bash
# Runs the load test against a running platform (see README.md), e.g. from the repository's root:
#   platform/loadtest/run.sh home=distribution/target/district/home users=100 ramp=60 duration=120
# Builds the module (and its classpath once), then runs LoadTest.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cp_file="$root/platform/loadtest/target/loadtest.classpath"
(cd "$root" && mvn -B -q install -DskipTests -pl platform/loadtest)
if [[ ! -f "$cp_file" || "$root/platform/loadtest/pom.xml" -nt "$cp_file" ]]; then
  (cd "$root" && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -pl platform/loadtest)
fi
# Gatling's log writer reads String internals (java.lang must be open to it on Java 17)
exec java --add-opens java.base/java.lang=ALL-UNNAMED -Xmx1g \
  -cp "$root/platform/loadtest/target/classes:$(cat "$cp_file")" \
  cn.gov.laoshan.district.loadtest.LoadTest "$@"
