#!/usr/bin/env bash
# Measures ztmm on a generated 5,000-file repository and prints a table of the results.
#
# Usage: bash bench/run.sh
# It expects target/ztmm.jar (build it first with ./mvnw -B -q -DskipTests package) and builds
# nothing. Settings, as environment variables:
#   BENCH_RUNS   runs per measurement; best and median are taken over them (default 5)
#   BENCH_SEED   seed of the generated repository (default 1)
#   BENCH_FILES  files in the generated repository (default 5000)
#   BENCH_REPO   folder of the generated repository; it is generated only when absent
#                (default: ztmm-bench-seed<SEED>-<FILES> in ${TMPDIR:-/tmp})
# Peak memory is read from /usr/bin/time -v. When /usr/bin/time is missing, the script installs
# the Debian package 'time' if it runs as root with apt-get, and otherwise reports memory as n/a.
set -euo pipefail

cd "$(dirname "$0")/.."

runs=${BENCH_RUNS:-5}
seed=${BENCH_SEED:-1}
file_count=${BENCH_FILES:-5000}
repo=${BENCH_REPO:-${TMPDIR:-/tmp}/ztmm-bench-seed${seed}-${file_count}}
jar=target/ztmm.jar

if [[ ! -f $jar ]]; then
    echo "bench: $jar not found; build it first with ./mvnw -B -q -DskipTests package" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ztmm-bench-run.XXXXXX")
trap 'rm -rf "$work"' EXIT

# ---- Generated repository ------------------------------------------------------------------

if [[ -d $repo ]]; then
    echo "bench: reusing the generated repository in $repo"
else
    java bench/GenerateRepo.java "$repo.partial" --seed "$seed" --files "$file_count"
    mv "$repo.partial" "$repo"
fi
yaml_count=$(find "$repo" -type f \( -iname '*.yml' -o -iname '*.yaml' \) | wc -l)
total_count=$(find "$repo" -type f | wc -l)

# ---- Peak memory tool ----------------------------------------------------------------------

time_tool=/usr/bin/time
if [[ ! -x $time_tool ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "bench: /usr/bin/time not found; installing the Debian package 'time' with apt-get"
        apt-get install -y -q time >/dev/null 2>&1 || echo "bench: installing 'time' failed"
    fi
    if [[ ! -x $time_tool ]]; then
        echo "bench: /usr/bin/time is missing, so peak memory is reported as n/a"
        time_tool=
    fi
fi

# ---- Helpers -------------------------------------------------------------------------------

# Runs a command once and appends "WALL_MS PEAK_KB" to the file named by $1.
# PEAK_KB is the maximum resident set size from /usr/bin/time -v, or n/a without it.
measure_once() {
    local samples=$1
    shift
    local start end peak=n/a status=0
    start=$(date +%s%N)
    if [[ -n $time_tool ]]; then
        "$time_tool" -v -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || status=$?
    else
        "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || status=$?
    fi
    end=$(date +%s%N)
    # ztmm exits with 1 when a pillar is below a target; anything above that is a failure.
    if ((status > 1)); then
        echo "bench: command failed with exit code $status: $*" >&2
        cat "$work/stderr.txt" >&2
        exit 1
    fi
    if [[ -n $time_tool ]]; then
        peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    fi
    echo "$(((end - start) / 1000000)) $peak" >>"$samples"
}

# Prints "BEST MEDIAN" of the numbers in column $2 of file $1.
best_and_median() {
    local values count
    values=$(awk -v column="$2" '{print $column}' "$1" | sort -n)
    count=$(wc -l <<<"$values")
    echo "$(head -n 1 <<<"$values") $(sed -n "$(((count + 1) / 2))p" <<<"$values")"
}

# Prints the largest number in column $2 of file $1, or n/a.
largest() {
    awk -v column="$2" '$column != "n/a" && $column > max {max = $column} END {print (max == "" ? "n/a" : max)}' "$1"
}

rows=()
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)

# Adds a table row from a samples file: label, best ms, median ms, peak MB.
add_row() {
    local label=$1 samples=$2 best median peak
    read -r best median <<<"$(best_and_median "$samples" 1)"
    peak=$(largest "$samples" 2)
    [[ $peak != n/a ]] && peak=$((peak / 1024))
    rows+=("$label|$best|$median|$peak")
}

# Times the ztmm command given after $1 (a table label) $runs times.
time_ztmm() {
    local label=$1 samples="$work/samples.$RANDOM"
    shift
    echo "bench: $label ($runs runs)"
    for ((i = 0; i < runs; i++)); do
        measure_once "$samples" "$@"
    done
    add_row "$label" "$samples"
}

# ---- (a) Bare SnakeYAML parse on one thread ------------------------------------------------

# BareParse prints its own elapsed time, which leaves out JVM start and the in-memory compile
# of the source file, so the baseline is only the walk, the reads and the parse. The peak
# memory of these rows includes the compiler that the source launcher runs first.
bare_parse() {
    local label=$1 samples="$work/samples.$RANDOM" millis files peak=n/a
    shift
    echo "bench: $label ($runs runs)"
    for ((i = 0; i < runs; i++)); do
        if [[ -n $time_tool ]]; then
            "$time_tool" -v -o "$work/time.txt" java "$@" -cp "$jar" bench/BareParse.java "$repo" >"$work/bare.txt"
            peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
        else
            java "$@" -cp "$jar" bench/BareParse.java "$repo" >"$work/bare.txt"
        fi
        millis=$(sed -n 's/.* ms=\([0-9]*\)$/\1/p' "$work/bare.txt")
        files=$(sed -n 's/.* files=\([0-9]*\) .*/\1/p' "$work/bare.txt")
        echo "$millis $peak $files" >>"$samples"
    done
    add_row "$label" "$samples"
    bare_files=$files
}

bare_parse "bare SnakeYAML parse, 1 thread, default GC"
bare_parse "bare SnakeYAML parse, 1 thread, SerialGC" -XX:+UseSerialGC

# ---- (b) Whole assessment -------------------------------------------------------------------

# NOTE: the report goes to a regular file, not -o /dev/null. ztmm writes -o FILE through a
# temporary file in the same folder and renames it over FILE, so as root -o /dev/null would
# replace the device with a regular file.
assess=(assess "$repo" --format json -o "$work/report.json")
time_ztmm "ztmm assess, SerialGC" java -XX:+UseSerialGC -jar "$jar" "${assess[@]}"
time_ztmm "ztmm assess, default GC" java -jar "$jar" "${assess[@]}"
time_ztmm "ztmm assess --threads 1, SerialGC" java -XX:+UseSerialGC -jar "$jar" "${assess[@]}" --threads 1
summary=$(tail -n 1 "$work/stderr.txt")

# ---- (c) --help ------------------------------------------------------------------------------

time_ztmm "ztmm --help" java -jar "$jar" --help
java -Xlog:class+load=info -jar "$jar" --help >"$work/classes.txt"
cel_classes=$(grep -c ' dev\.cel\.' "$work/classes.txt" || true)
yaml_classes=$(grep -c ' org\.snakeyaml\.' "$work/classes.txt" || true)
all_classes=$(grep -c '\[class,load\]' "$work/classes.txt" || true)

# ---- Table -----------------------------------------------------------------------------------

echo
echo "Repository: $repo ($total_count files, $yaml_count YAML; BareParse read $bare_files)"
echo "Last ztmm summary: ${summary#ztmm: }"
echo "Load average (1, 5, 15 min) before: $load_before, after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "Runs per row: $runs. Times are wall clock in ms; BareParse rows are its own elapsed time."
echo
printf '%-40s %9s %9s %13s\n' "measurement" "best ms" "median ms" "peak RSS MB"
for row in "${rows[@]}"; do
    IFS='|' read -r label best median peak <<<"$row"
    printf '%-40s %9s %9s %13s\n' "$label" "$best" "$median" "$peak"
done
echo
echo "Classes loaded by --help: $all_classes in all, $cel_classes from dev.cel, $yaml_classes from org.snakeyaml"
