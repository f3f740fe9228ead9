# Shared by the jobs/ scripts: build when needed, then run one command of the program.
# JAVA_OPTS is passed to the JVM (default: -Xmx320m -XX:+UseSerialGC, measured by jobs/bench: every
# step streams, so a small heap suffices, and on two cores the serial collector left the most CPU
# to the work and the least resident memory). MALLOC_ARENA_MAX keeps the C heap of the few worker
# threads from growing an arena each.
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"

launch() {
  ensure_built
  export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
  local share=() jar=$JAR
  if [ -f "$ARCHIVE" ] && [ -f "$APP_JAR" ]; then
    share=(-XX:SharedArchiveFile="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off)
    jar=$APP_JAR
  fi
  exec java ${JAVA_OPTS:--Xmx320m -XX:+UseSerialGC} "${share[@]}" -jar "$jar" "$@"
}
