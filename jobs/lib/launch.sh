# Shared by the jobs/ scripts: build when needed, then run one command of the program.
# JAVA_OPTS is passed to the JVM (default: -Xmx512m -XX:+UseParallelGC, measured fastest by jobs/bench).
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"

launch() {
  ensure_built
  exec java ${JAVA_OPTS:--Xmx512m -XX:+UseParallelGC} -jar "$JAR" "$@"
}
