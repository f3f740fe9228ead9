# Shared by the jobs/ scripts: build the program when the jar is missing or older than the sources.
JAR=target/inovasi-stats.jar

ensure_built() {
  if [ ! -f "$JAR" ] || [ -n "$(find pom.xml src/main -newer "$JAR" -print -quit 2>/dev/null)" ]; then
    echo "Building inovasi-stats (mvn package) ..." >&2
    mvn -B -q -Dmaven.test.skip=true package >&2
  fi
}
