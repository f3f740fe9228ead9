# Shared by the jobs/ scripts: build the program when the jar is missing or older than the sources,
# then prepare the fast start (Spring Boot's class data sharing recipe): the jar extracted into
# target/app and a class archive written by a training run that starts the application context and
# exits (on a throwaway embedded database, so no data of yours is touched). Measured on the sample's
# nothing-new run: 0.73 of the plain jar's time (README, "Performance"). The archive fits only this
# jar and this JVM, so it is made again whenever the jar is.
JAR=target/inovasi-stats.jar
APP=target/app
APP_JAR=$APP/inovasi-stats.jar
ARCHIVE=$APP/app.jsa

# The training run exits right after start-up, before its embedded server is stopped: stop it here.
stop_training_server() {
  local pid
  [ -f "$1" ] && pid=$(head -n 1 "$1") || return 0
  kill -INT "$pid" 2>/dev/null || return 0
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
}

ensure_built() {
  if [ ! -f "$JAR" ] || [ -n "$(find pom.xml src/main -newer "$JAR" -print -quit 2>/dev/null)" ]; then
    echo "Building inovasi-stats (mvn package) ..." >&2
    mvn -B -q -Dmaven.test.skip=true package >&2
  fi
  if [ ! -f "$ARCHIVE" ] || [ "$JAR" -nt "$ARCHIVE" ]; then
    echo "Preparing the fast start (class data sharing archive) ..." >&2
    rm -rf "$APP"
    java -Djarmode=tools -jar "$JAR" extract --destination "$APP" > /dev/null
    env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
      INOVASI_EMBEDDED_DATA_DIRECTORY="$APP/training-pgdata" INOVASI_EMBEDDED_PORT=0 MALLOC_ARENA_MAX=2 \
      java -Xmx320m -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -Dspring.context.exit=onRefresh -jar "$APP_JAR" > "$APP/training.log" 2>&1 || true
    stop_training_server "$APP/training-pgdata/postmaster.pid"
    rm -rf "$APP/training-pgdata"
    [ -f "$ARCHIVE" ] || echo "The class archive could not be made (see $APP/training.log); starting without it." >&2
  fi
}
