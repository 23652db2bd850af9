#!/usr/bin/env bash
# Benchmark of iris-migrate:check against rewrite-maven-plugin's dryRunNoFork and a floor (see bench/README.md).
#
#   bench/run.sh [N...]            default: 1000 5000 20000
#
# Environment:
#   BENCH_DIR          where projects and logs go (default /tmp/iris-bench)
#   BENCH_TIMEOUT      per-run timeout in seconds (default 1800); a run that hits it prints "timeout"
#   BENCH_MAVEN_OPTS   MAVEN_OPTS for every run (default -Xmx8g: rewrite needs the heap on big projects)
#   BENCH_INSTALL      auto (default: install the plugin when it is missing from ~/.m2 or older than this
#                      checkout's sources), always, or never
#   BENCH_WARMUP       1 (default): run the three commands once, untimed, on a small project first, so that
#                      plugin and dependency downloads are not timed; 0 to skip
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/iris-bench}"
BENCH_TIMEOUT="${BENCH_TIMEOUT:-1800}"
BENCH_MAVEN_OPTS="${BENCH_MAVEN_OPTS:--Xmx8g}"
BENCH_INSTALL="${BENCH_INSTALL:-auto}"
BENCH_WARMUP="${BENCH_WARMUP:-1}"
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 5000 20000)

PLUGIN="io.github.irismigrate:iris-migrate-maven-plugin:0.1.0-SNAPSHOT"
REWRITE="org.openrewrite.maven:rewrite-maven-plugin:6.46.1"
CMD_A=(mvn -B "$PLUGIN:check" -Diris-migrate.failOn=none)
CMD_B=(mvn -B "$REWRITE:dryRunNoFork" "-Drewrite.recipeArtifactCoordinates=$PLUGIN"
       -Drewrite.activeRecipes=io.github.irismigrate.FindApiV1Usages)
# (c) the floor: Maven's start-up and model building, plus reading every file of the project once.
CMD_C=(bash -c 'mvn -B validate && find . -path ./target -prune -o -type f -print0 | xargs -0 cat > /dev/null')

mkdir -p "$BENCH_DIR"
export MAVEN_OPTS="$BENCH_MAVEN_OPTS"

# ---------------------------------------------------------------------------------------------------- tools
if [ ! -x /usr/bin/time ]; then
  echo "GNU time missing: installing Debian's 'time' package"
  if [ "$(id -u)" = 0 ]; then apt-get install -y time >/dev/null || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
  else sudo apt-get install -y time >/dev/null; fi
fi
command -v timeout >/dev/null || { echo "coreutils 'timeout' is required" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------- plugin
JAR="$HOME/.m2/repository/io/github/irismigrate/iris-migrate-maven-plugin/0.1.0-SNAPSHOT/iris-migrate-maven-plugin-0.1.0-SNAPSHOT.jar"
need_install=0
case "$BENCH_INSTALL" in
  always) need_install=1 ;;
  never) ;;
  *) if [ ! -f "$JAR" ] || [ -n "$(find "$REPO/pom.xml" "$REPO/src/main" "$REPO/recipes" -newer "$JAR" -type f -print -quit 2>/dev/null)" ]; then
       need_install=1
     fi ;;
esac
if [ "$need_install" = 1 ]; then
  echo "installing the plugin from $REPO (mvn -q install -DskipTests -Dinvoker.skip=true)"
  (cd "$REPO" && MAVEN_OPTS= mvn -q -B install -DskipTests -Dinvoker.skip=true)
else
  echo "plugin already installed and up to date: $JAR"
fi
echo "plugin: $(stat -c '%y' "$JAR" | cut -d. -f1), sha256 $(sha256sum "$JAR" | cut -c1-12); checkout $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?') (last change to pom.xml, src/main, recipes: $(git -C "$REPO" log -1 --format=%h -- pom.xml src/main recipes 2>/dev/null || echo '?'))"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB RAM, $(uname -sr); $(java -version 2>&1 | head -1); $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
echo "MAVEN_OPTS=$MAVEN_OPTS for every run; per-run timeout ${BENCH_TIMEOUT}s"

# ---------------------------------------------------------------------------------------------------- helpers
generate() { # dir n
  rm -rf "$1"
  java "$REPO/bench/GenerateProject.java" "$1" "$2"
}

# tree_rss <pid>: the resident memory (KiB) of pid and all its descendants now, summed: iris-migrate:check runs its
# scan in a JVM of its own beside Maven's, and GNU time's "maximum resident set size" is that of one process only
tree_rss() {
  ps -e -o pid=,ppid=,rss= | awk -v root="$1" '
    { parent[$1] = $2; rss[$1] = $3 }
    END { for (p in parent) { q = p; while (q != root && q in parent && q > 1) q = parent[q]; if (q == root) s += rss[p] } print s + 0 }'
}

# timed <project> <timefile> <logfile> cmd...: runs cmd in the project under /usr/bin/time -v and the timeout, and
# samples the memory of its whole process tree every 0.25 s into <timefile>.tree
timed() {
  local dir="$1" tf="$2" log="$3"; shift 3
  (cd "$dir" && /usr/bin/time -v -o "$tf" timeout --kill-after=30 "$BENCH_TIMEOUT" "$@" >"$log" 2>&1) &
  local pid=$! peak=0 now
  while kill -0 "$pid" 2>/dev/null; do
    now=$(tree_rss "$pid")
    [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.25
  done
  wait "$pid" || true
  echo "$peak" > "$tf.tree"
}

# metric <timefile> -> "wall cpu rss_mib exit" (wall and CPU in seconds; peak RSS: the larger of the process tree's
# sampled sum and the largest single process)
metric() {
  awk -F': ' -v tree="$(cat "$1.tree" 2>/dev/null || echo 0)" '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time \(seconds\)/ { u = $2 }
    /System time \(seconds\)/ { s = $2 }
    /Maximum resident set size/ { r = $2 }
    /Exit status/ { e = $2 }
    /Command exited with non-zero status/ { split($0, q, "status "); e = q[2] }
    END { if (tree + 0 > r) r = tree; printf "%.1f %.1f %.0f %s\n", w, u + s, r / 1024, e }' "$1"
}

row() { # label wall cpu rss exit
  local label="$1" w="$2" c="$3" r="$4" e="$5"
  if [ "$e" = 124 ] || [ "$e" = 137 ]; then
    printf '%-34s %10s %10s %14s %6s\n' "$label" timeout timeout timeout "$e"
  else
    printf '%-34s %10s %10s %14s %6s\n' "$label" "$w" "$c" "$r" "$e"
  fi
}

ratio() { awk -v x="$1" -v y="$2" 'BEGIN { if (y + 0 > 0) printf "%.2f", x / y; else printf "n/a" }'; }

timed_out() { [ "$1" = 124 ] || [ "$1" = 137 ]; }

# ---------------------------------------------------------------------------------------------------- warm-up
if [ "$BENCH_WARMUP" = 1 ]; then
  echo "warm-up (untimed): the three commands on a 200-file project, so that downloads are not timed"
  W="$BENCH_DIR/warmup"
  generate "$W" 200 >/dev/null
  for cmd in A B C; do
    eval "c=(\"\${CMD_$cmd[@]}\")"
    (cd "$W" && "${c[@]}" >"$BENCH_DIR/warmup-$cmd.log" 2>&1) || echo "  warm-up $cmd failed, see $BENCH_DIR/warmup-$cmd.log"
  done
fi

# ---------------------------------------------------------------------------------------------------- runs
for N in "${SIZES[@]}"; do
  P="$BENCH_DIR/n$N"
  L="$BENCH_DIR/logs-n$N"
  mkdir -p "$L"
  echo
  echo "=== N=$N ==="
  generate "$P" "$N"
  files=$(find "$P" -type f | wc -l)
  bytes=$(du -sb "$P" | cut -f1)
  echo "project $P: $files files, $((bytes / 1024)) KiB"
  # a checkout is older than two seconds when its gate runs: the pre-filter's index (FileIndex) does not
  # trust a file written within two seconds before a scan, and reads it again next time
  sleep 2

  rm -rf "$P/target"
  timed "$P" "$L/a.time" "$L/a.log" "${CMD_A[@]}"
  cp "$P/target/iris-migrate/findings.json" "$L/a-findings.json" 2>/dev/null || true
  # (a2) the gate on the next pull request, which edits code that does not talk to the Dashboard: the same
  # command, with the cache (target/iris-migrate-cache.bin) that (a) left. (sed, not head: head would close the
  # pipe early, and under pipefail grep's SIGPIPE would end the script.)
  edited=$(cd "$P" && grep -rLi -E "bandwidth|inetwork|iris|dashboard|areacode|/api" src/main/java --include=*.java | sort | sed -n 1p)
  echo "// edited by bench/run.sh before (a2)" >> "$P/$edited"
  timed "$P" "$L/a2.time" "$L/a2.log" "${CMD_A[@]}"
  rm -rf "$P/target/rewrite"
  timed "$P" "$L/b.time" "$L/b.log" "${CMD_B[@]}"
  timed "$P" "$L/c.time" "$L/c.log" "${CMD_C[@]}"

  read -r aw ac ar ae < <(metric "$L/a.time")
  read -r a2w a2c a2r a2e < <(metric "$L/a2.time")
  read -r bw bc br be < <(metric "$L/b.time")
  read -r cw cc cr ce < <(metric "$L/c.time")

  echo
  printf '%-34s %10s %10s %14s %6s\n' "N=$N (MAVEN_OPTS=$MAVEN_OPTS)" "wall s" "CPU s" "peak RSS MiB" "exit"
  row "(a) iris-migrate:check" "$aw" "$ac" "$ar" "$ae"
  row "(a2) check after a non-API edit" "$a2w" "$a2c" "$a2r" "$a2e"
  row "(b) rewrite dryRunNoFork" "$bw" "$bc" "$br" "$be"
  row "(c) floor: validate + read files" "$cw" "$cc" "$cr" "$ce"
  if timed_out "$ae" || timed_out "$be"; then
    printf '%-34s %10s %10s %14s\n' "a/b" n/a n/a n/a
  else
    printf '%-34s %10s %10s %14s\n' "a/b" "$(ratio "$aw" "$bw")" "$(ratio "$ac" "$bc")" "$(ratio "$ar" "$br")"
  fi
  if timed_out "$ae" || timed_out "$ce"; then
    printf '%-34s %10s %10s %14s\n' "a/c" n/a n/a n/a
  else
    printf '%-34s %10s %10s %14s\n' "a/c" "$(ratio "$aw" "$cw")" "$(ratio "$ac" "$cc")" "$(ratio "$ar" "$cr")"
  fi
  if ! timed_out "$a2e" && ! timed_out "$be"; then
    printf '%-34s %10s %10s %14s\n' "a2/b" "$(ratio "$a2w" "$bw")" "$(ratio "$a2c" "$bc")" "$(ratio "$a2r" "$br")"
  fi
  if ! timed_out "$a2e" && ! timed_out "$ce"; then
    printf '%-34s %10s %10s %14s\n' "a2/c" "$(ratio "$a2w" "$cw")" "$(ratio "$a2c" "$cc")" "$(ratio "$a2r" "$cr")"
  fi
  if grep -q "findings are reused" "$L/a2.log"; then
    echo "(a2) reused the findings of (a) (edited $edited)"
  else
    echo "(a2) scanned afresh (edited $edited): see $L/a2.log"
  fi
  for x in a a2 b c; do
    e=$(metric "$L/$x.time" | awk '{print $4}')
    if [ "$e" != 0 ] && ! timed_out "$e"; then echo "note: ($x) exited with $e, see $L/$x.log"; fi
  done

  echo
  if cmp -s <(sed -n '/"findings"/,$p' "$L/a-findings.json") <(sed -n '/"findings"/,$p' "$P/target/iris-migrate/findings.json"); then
    echo "findings of (a2) are those of (a)"
  else
    echo "findings of (a2) differ from those of (a): compare $L/a-findings.json with $P/target/iris-migrate/findings.json"
  fi
  echo "findings of (a) $P/target/iris-migrate/findings.json vs (b) $P/target/rewrite/rewrite.patch:"
  if timed_out "$be"; then
    echo "same findings: unknown ((b) timed out)"
  else
    java "$REPO/bench/CompareFindings.java" "$L/a-findings.json" "$P/target/rewrite/rewrite.patch" "$P" \
      | tee "$L/compare.txt"
  fi
done
