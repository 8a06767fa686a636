#!/usr/bin/env bash
# Cold runs of commands, interleaved: each round runs every command once, in turn, the
# order rotated by one each round (a first round is a warm-up and not counted), so that a
# change of load on a shared machine falls on every command alike. Prints, per command,
# the median, least and most wall time in ms, and the ratio of its median to the first
# command's; and the load average before and after.
#
#   rules-benchmarks/cold-start.sh ROUNDS 'java -jar rules-examples/target/parley.jar --version' \
#       'java -jar rules-examples/target/parley.jar'
set -euo pipefail
rounds=$1
shift
commands=("$@")
n=${#commands[@]}
declare -A times
echo "load before: $(cat /proc/loadavg)"
for ((round = 0; round <= rounds; round++)); do
  for ((k = 0; k < n; k++)); do
    i=$(((k + round) % n))
    start=$(date +%s%N)
    sh -c "${commands[$i]}" >/dev/null 2>&1 || echo "exit $? from: ${commands[$i]}" >&2
    end=$(date +%s%N)
    if ((round > 0)); then
      times[$i]="${times[$i]:-} $(((end - start) / 1000000))"
    fi
  done
done
echo "load after:  $(cat /proc/loadavg)"
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR] = $1} END {
  m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%d %d %d", m, a[1], a[NR]}'; }
read -r base _ _ <<<"$(echo "${times[0]}" | median)"
for ((i = 0; i < n; i++)); do
  read -r med least most <<<"$(echo "${times[$i]}" | median)"
  printf '%6d ms median (%d-%d), %4.2fx  %s\n' "$med" "$least" "$most" "$(echo "$med / $base" | bc -l)" "${commands[$i]}"
done
