#!/usr/bin/env bash
# How many staff one node carries (issue 15 §3, decision 0205): builds the production jar (unless a node URL
# is given), then runs StaffLoadBenchmark, which prepares the bench database (generated on the first run,
# data/bench-mariadb), creates the load-* staff accounts, starts the jar as its own JVM on a free loopback
# port, ramps virtual staff until the p95 round trip passes 300 ms (at most 7 minutes), writes the
# "Staff per node" section of docs/benchmarks.md and stops the node.
# With -Dorderan.load.nodes=2 it starts two such nodes (load-a, load-b, 1 GB heap each, same database) behind
# HAProxy run with deploy/cluster/haproxy.cfg on a free loopback port (installed from apt when missing, as root),
# ramps through HAProxy (each virtual staff member sticks to its node by the SRV cookie), writes the "Staff on
# two nodes behind HAProxy" section (staff and CPU per node, HAProxy's CPU) and stops HAProxy and both nodes.
# On one 2-core machine that shows routing, stickiness and overhead, not twice the capacity (decision 0205).
#
#   deploy/load/staff-load.sh                                   # a node of its own (production jar, 1 GB heap)
#   deploy/load/staff-load.sh -Dorderan.load.nodes=2            # two nodes of its own behind HAProxy
#   deploy/load/staff-load.sh -Dorderan.load.url=http://127.0.0.1:8080 [-Dorderan.load.pids=PID1,PID2] \
#       [-Dorderan.load.jdbc-url=jdbc:mariadb://127.0.0.1:3307/orderan -Dorderan.load.jdbc-user=... -Dorderan.load.jdbc-password=...]
#                                                               # a running node or HAProxy (loopback only)
# Other knobs (-D…): orderan.load.step=25, orderan.load.step-s=12, orderan.load.max-staff=600,
# orderan.load.max-s=420, orderan.load.heap-mb=1024, orderan.load.warmup-staff=10, orderan.load.think-scale=1,
# orderan.load.jvm-args="-XX:StartFlightRecording=filename=target/load/node.jfr,settings=profile" (extra node JVM options).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"

if [[ " $* " == *" -Dorderan.load.nodes=2 "* ]] && ! command -v haproxy >/dev/null; then
  # a fresh Debian machine has no HAProxy: take it from apt when we may, else say what is missing
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq haproxy >/dev/null
  else
    echo "haproxy is missing: sudo apt-get install -y haproxy" >&2
    exit 1
  fi
fi
if [[ " $* " != *" -Dorderan.load.url="* ]]; then
  # the bench run below packages a non-production jar over target/*.jar afterwards: keep our own copy
  ./mvnw -q -Pproduction -DskipTests package
  mkdir -p target/load
  cp "$(ls target/orderan-*.jar | grep -v -- '-plain' | head -1)" target/load/orderan.jar
fi
exec ./mvnw -Pbench verify -Dtest=StaffLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dorderan.load.jar=target/load/orderan.jar "$@"
