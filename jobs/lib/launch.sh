# Shared by the jobs/ scripts: build when needed, then run one command of the program.
# JAVA_OPTS is passed to the JVM (default below, measured by jobs/bench; README, "Choices"): every
# step streams, so a small heap suffices, and on two cores the serial collector left the most CPU
# to the work and the least resident memory. The optimising compiler (C2) starts on a method only
# once it has run 4 times as often as by default (a loop 10 times): in the rebuild, with both cores
# busy, it spent some 3.5 s of CPU on code that ran a few hundred milliseconds (national
# --all-years rebuild 6.5-6.7 s -> 5.7-5.8 s), while the ingest's parsing loops, run millions of
# times, are still compiled within its first second. MALLOC_ARENA_MAX keeps the C heap of the few
# worker threads from growing an arena each.
DEFAULT_JAVA_OPTS="-Xmx320m -XX:+UseSerialGC -XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=30000 -XX:Tier4BackEdgeThreshold=400000"
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"

launch() {
  ensure_built
  export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
  local share=() jar=$JAR
  if [ -f "$ARCHIVE" ] && [ -f "$APP_JAR" ]; then
    share=(-XX:SharedArchiveFile="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off)
    jar=$APP_JAR
  fi
  exec java ${JAVA_OPTS:-$DEFAULT_JAVA_OPTS} "${share[@]}" -jar "$jar" "$@"
}
