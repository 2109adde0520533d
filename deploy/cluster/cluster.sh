#!/usr/bin/env bash
# Orderan on several nodes, on one Debian machine, without Docker (docs/scale-out.md):
#
#   MariaDB primary 127.0.0.1:3307 ──semi-sync, GTID──► replica 127.0.0.1:3308
#   node a 127.0.0.1:8081, node b 127.0.0.1:8082 (production jar, both on the primary)
#   HAProxy 127.0.0.1:8080 (sticky cookie SRV, health checks on GET /login)
#
#   deploy/cluster/cluster.sh up              start what is not running, wait until all is healthy
#   deploy/cluster/cluster.sh down            stop all it started (the machine's own MariaDB is not touched)
#   deploy/cluster/cluster.sh status          one line per part
#   deploy/cluster/cluster.sh start a|b       start one application node (after a kill drill)
#   deploy/cluster/cluster.sh stop a|b        stop one node gracefully (SIGTERM: drain, then stop)
#   deploy/cluster/cluster.sh kill a|b        kill -9 one node
#   deploy/cluster/cluster.sh drill-replica   stop the replica, write on the primary, restart it, wait for it to catch up
#   deploy/cluster/cluster.sh sql primary|replica [mariadb args]   a root client on that server's socket
#
# Needs: root (the databases run as user mysql), Debian's mariadb-server (mariadbd, mariadb-install-db),
# haproxy (apt-get install haproxy), JDK 25 (JAVA_HOME), and the production jar
# (./mvnw -Pproduction -DskipTests package). Everything it keeps is under $ORDERAN_CLUSTER_DIR
# (default data/cluster, git-ignored): datadirs, logs, pid files, the AOT cache trained for the jar.
#
# The nodes get every ORDERAN_* and MAIL_* variable of the caller's environment (ORDERAN_CLUSTER_* excepted),
# e.g. MAIL_PORT=2525 or ORDERAN_OUTBOX_LEASE=30s. A running node whose settings differ from the caller's is
# restarted by "up", so "up" always leaves what was asked for.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
dir=${ORDERAN_CLUSTER_DIR:-$root/data/cluster}
jar=${ORDERAN_CLUSTER_JAR:-$(ls -t "$root"/target/orderan-*.jar 2>/dev/null | head -1 || true)}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
primary_port=3307
replica_port=3308
proxy_port=8080
db_user=orderan
db_password=${ORDERAN_CLUSTER_DB_PASSWORD:-orderan-cluster}
repl_password=${ORDERAN_CLUSTER_REPL_PASSWORD:-replica-cluster}
# the application's database: the primary, or the promoted replica after a failover (docs/scale-out.md)
db_url=${ORDERAN_CLUSTER_DB_URL:-jdbc:mariadb://127.0.0.1:$primary_port/orderan}
# the password `admin` gets at the first start (only then); loopback only, change it for anything else
admin_password=${ORDERAN_ADMIN_PASSWORD:-Kluster-Lokal-2026}
heap=${ORDERAN_CLUSTER_HEAP:-768m}
timeout=${ORDERAN_CLUSTER_TIMEOUT:-300}   # seconds a part may take to become healthy (busy machines are slow)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { echo "cluster.sh: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }

alive() { # pid file → running?
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

detach() { # pidfile logfile command...: runs the command in a session of its own (a Ctrl-C in the caller's
  # terminal does not reach it), its pid in pidfile (written by the process itself, so it is the command's own)
  local pidf=$1 logf=$2; shift 2
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidf" "$@" >>"$logf" 2>&1 </dev/null &
  local i=0
  until [ -s "$pidf" ] || [ $i -gt 50 ]; do sleep 0.1; i=$((i + 1)); done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- MariaDB ------------------------------------------------------------------------------------------

cnf() { # name port server-id role
  local name=$1 port=$2 id=$3 role=$4 d="$dir/$1"
  cat >"$d.cnf" <<EOF
[mariadbd]
user=mysql
datadir=$d/data
port=$port
bind-address=127.0.0.1
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$dir/logs/$name.err
skip-ssl
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=256M
max_connections=200
# replication: GTID, row-based binlog on both (a promoted replica must already write one)
server-id=$id
log-bin=$d/data/binlog
binlog_format=ROW
log_slave_updates=ON
gtid_strict_mode=ON
gtid_domain_id=0
relay-log=$d/data/relay
sync_binlog=1
innodb_flush_log_at_trx_commit=1
EOF
  if [ "$role" = primary ]; then
    cat >>"$d.cnf" <<EOF
# semi-synchronous: a commit returns once the replica has the event (AFTER_SYNC: written to the primary's
# binlog, acknowledged by the replica, then committed in the engine, so no client sees a change the replica lacks).
# Without an answer within the timeout the primary goes on alone (asynchronous) until the replica is back.
rpl_semi_sync_master_enabled=ON
rpl_semi_sync_master_wait_point=AFTER_SYNC
rpl_semi_sync_master_timeout=${ORDERAN_CLUSTER_SEMISYNC_TIMEOUT_MS:-2000}
EOF
  else
    cat >>"$d.cnf" <<EOF
rpl_semi_sync_slave_enabled=ON
read_only=ON
EOF
  fi
}

sql() { # name, then mariadb args
  local name=$1; shift
  mariadb --defaults-file=/dev/null -uroot -S "$dir/$name/mysqld.sock" "$@"
}

db_start() { # name port id role
  local name=$1 port=$2 d="$dir/$1"
  if alive "$d/mysqld.pid"; then
    return 1
  fi
  port_open "$port" && die "port $port is taken by something that is not this cluster's $name"
  mkdir -p "$d" "$dir/logs"
  cnf "$@"
  local fresh=0
  if [ ! -d "$d/data/mysql" ]; then
    fresh=1
    rm -rf "$d/data"
    mkdir -p "$d/data"
    chown -R mysql:mysql "$d"
    mariadb-install-db --defaults-file="$d.cnf" --user=mysql --auth-root-authentication-method=socket \
      --skip-test-db >"$dir/logs/$name-install.log" 2>&1 || die "mariadb-install-db for $name failed: $dir/logs/$name-install.log"
  fi
  chown -R mysql:mysql "$d" "$dir/logs"
  # mariadbd writes its own pid file (as user mysql); the wrapper's is only for the start
  detach "$d/start.pid" "$dir/logs/$name.out" /usr/sbin/mariadbd --defaults-file="$d.cnf"
  local t0; t0=$(now)
  until sql "$name" -e 'SELECT 1' >/dev/null 2>&1; do
    [ "$(echo "$(now) - $t0 > $timeout" | bc)" = 1 ] && die "$name did not start: $dir/logs/$name.err"
    sleep 0.2
  done
  log "$name MariaDB up on 127.0.0.1:$port in $(since "$t0") s"
  return $((1 - fresh)) # 0: freshly created
}

db_stop() {
  local name=$1 d="$dir/$1"
  if alive "$d/mysqld.pid"; then
    local pid; pid=$(cat "$d/mysqld.pid")
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    log "$name MariaDB stopped"
  fi
}

primary_up() {
  if db_start primary $primary_port 1 primary; then
    # the replica copies all of this from the binlog (it starts from an empty GTID position)
    sql primary <<EOF
CREATE DATABASE IF NOT EXISTS orderan CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$db_user'@'127.0.0.1' IDENTIFIED BY '$db_password';
CREATE USER IF NOT EXISTS '$db_user'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL ON orderan.* TO '$db_user'@'127.0.0.1';
GRANT ALL ON orderan.* TO '$db_user'@'localhost';
CREATE USER IF NOT EXISTS 'repl'@'127.0.0.1' IDENTIFIED BY '$repl_password';
GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'repl'@'127.0.0.1';
EOF
    log "primary: database orderan, user $db_user, replication user repl created"
  fi
}

replica_up() {
  if db_start replica $replica_port 2 replica; then
    sql replica <<EOF
CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$primary_port, MASTER_USER='repl',
  MASTER_PASSWORD='$repl_password', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1;
START SLAVE;
EOF
    log "replica: following the primary from the start of its binlog (GTID)"
  fi
}

gtid() { # name → its gtid_current_pos
  sql "$1" -N -e 'SELECT @@gtid_current_pos'
}

wait_caught_up() { # seconds until the replica has applied the primary's binlog position
  local target t0; target=$(sql primary -N -e 'SELECT @@gtid_binlog_pos'); t0=$(now)
  until [ -z "$target" ] || [ "$(sql replica -N -e "SELECT MASTER_GTID_WAIT('$target', 1)")" = 0 ]; do
    [ "$(echo "$(now) - $t0 > $timeout" | bc)" = 1 ] && die "the replica did not catch up with $target"
  done
  echo "$target"
}

# --- application nodes --------------------------------------------------------------------------------

node_port() { case $1 in a) echo 8081 ;; b) echo 8082 ;; *) die "node a or b, not '$1'" ;; esac; }

node_env() { # what a node is started with, one VAR=value a line (compared to decide on a restart)
  local n=$1
  {
    echo "ORDERAN_NODE=$n"
    echo "PORT=$(node_port "$n")"
    echo "SPRING_DATASOURCE_URL=$db_url"
    echo "SPRING_DATASOURCE_USERNAME=$db_user"
    printf 'SPRING_DATASOURCE_PASSWORD=%q\n' "$db_password"
    printf 'ORDERAN_ADMIN_PASSWORD=%q\n' "$admin_password"
    echo "ORDERAN_PUBLIC_URL=${ORDERAN_PUBLIC_URL:-http://localhost:$proxy_port}"
    local v
    for v in $(compgen -e | grep -E '^(ORDERAN|MAIL)_' | grep -vE '^(ORDERAN_CLUSTER_|ORDERAN_NODE$|ORDERAN_ADMIN_PASSWORD$|ORDERAN_PUBLIC_URL$)' | sort); do
      printf '%s=%q\n' "$v" "${!v}"
    done
  }
}

aot_ready() { [ -f "$dir/aot/app.aot" ] && [ "$dir/aot/app.aot" -nt "$jar" ] && [ -f "$dir/aot/orderan.jar" ]; }

aot_train() { # decision 0195: a cache trained for this jar; a start without one works, only slower
  [ "${ORDERAN_CLUSTER_AOT:-1}" = 1 ] || return 0
  aot_ready && return 0
  local t0; t0=$(now)
  log "training the AOT cache for $(basename "$jar") (once per build; ORDERAN_CLUSTER_AOT=0 skips it)"
  if SPRING_DATASOURCE_URL=$db_url SPRING_DATASOURCE_USERNAME=$db_user SPRING_DATASOURCE_PASSWORD=$db_password \
      "$root/deploy/aot/train.sh" "$jar" "$dir/aot.new" >"$dir/logs/aot-train.log" 2>&1; then
    rm -rf "$dir/aot" && mv "$dir/aot.new" "$dir/aot"
    log "AOT cache trained in $(since "$t0") s"
  else
    rm -rf "$dir/aot.new"
    log "AOT training failed ($dir/logs/aot-train.log); the nodes start without the cache"
  fi
}

node_start() {
  local n=$1 port; port=$(node_port "$n")
  local pidf="$dir/node-$n.pid" envf="$dir/node-$n.env"
  mkdir -p "$dir/logs"
  if alive "$pidf"; then
    if node_env "$n" | cmp -s - "$envf"; then
      return 0
    fi
    log "node $n runs with other settings: restarting it"
    node_stop "$n"
  fi
  port_open "$port" && die "port $port is taken by something that is not node $n"
  [ -n "$jar" ] && [ -f "$jar" ] || die "no production jar: ./mvnw -Pproduction -DskipTests package"
  node_env "$n" >"$envf"
  local cmd=("$java" "-Xmx$heap" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError)
  if aot_ready; then
    cmd+=("-XX:AOTCache=$dir/aot/app.aot" -jar "$dir/aot/orderan.jar")
  else
    cmd+=(-jar "$jar")
  fi
  local t0; t0=$(now)
  rm -f "$pidf"
  (set -a; . "$envf"; detach "$pidf" "$dir/logs/node-$n.log" "${cmd[@]}")
  echo "$t0" >"$dir/node-$n.started"
  declare -g "started_$n=1"
  log "node $n starting on 127.0.0.1:$port ($( aot_ready && echo 'with the AOT cache' || echo 'without AOT cache'))"
}

node_wait() {
  local n=$1 port; port=$(node_port "$n")
  local t0; t0=$(cat "$dir/node-$n.started" 2>/dev/null || now)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ]; do
    alive "$dir/node-$n.pid" || { tail -30 "$dir/logs/node-$n.log" >&2; die "node $n exited: $dir/logs/node-$n.log"; }
    [ "$(echo "$(now) - $t0 > $timeout" | bc)" = 1 ] && die "node $n not healthy after $timeout s: $dir/logs/node-$n.log"
    sleep 0.2
  done
  local var="started_$n"
  if [ -n "${!var:-}" ]; then
    log "node $n healthy: first /login $(since "$t0") s after its start"
  else
    log "node $n already running and healthy"
  fi
}

node_stop() { # SIGTERM: graceful shutdown (server.shutdown=graceful; the outbox gives its claims back)
  local n=$1 pidf="$dir/node-$1.pid"
  if alive "$pidf"; then
    local pid t0; pid=$(cat "$pidf"); t0=$(now)
    kill "$pid"
    local i=0
    while kill -0 "$pid" 2>/dev/null; do
      sleep 0.2; i=$((i + 1))
      if [ $i = 300 ]; then # e.g. its database is gone: each shutdown step waits for a connection first
        log "node $n still running after 60 s: kill -9"
        kill -9 "$pid" 2>/dev/null || true
      fi
    done
    log "node $n stopped in $(since "$t0") s"
  fi
  rm -f "$pidf"
}

node_kill() {
  local n=$1 pidf="$dir/node-$1.pid"
  alive "$pidf" || die "node $n is not running"
  kill -9 "$(cat "$pidf")"
  log "node $n killed (SIGKILL)"
  rm -f "$pidf"
}

# --- HAProxy ------------------------------------------------------------------------------------------

proxy_start() {
  command -v haproxy >/dev/null || die "haproxy is missing: apt-get install -y haproxy"
  if ! alive "$dir/haproxy.pid"; then
    port_open $proxy_port && die "port $proxy_port is taken by something that is not this cluster's HAProxy"
    export HAPROXY_BIND=127.0.0.1:$proxy_port,[::1]:$proxy_port NODE_A=127.0.0.1:8081 NODE_B=127.0.0.1:8082
    haproxy -c -q -f "$here/haproxy.cfg" || die "haproxy.cfg is not valid"
    rm -f "$dir/haproxy.pid"
    detach "$dir/haproxy.pid" "$dir/logs/haproxy.log" haproxy -db -f "$here/haproxy.cfg"
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$proxy_port/login" || true)" = 200 ]; do
      alive "$dir/haproxy.pid" || die "haproxy exited: $dir/logs/haproxy.log"
      sleep 0.2
    done
  fi
  # a node restarted by this "up" is back in HAProxy's rotation after two good health checks
  local n t0; t0=$(now)
  for n in a b; do
    until proxy_routes "$n"; do
      [ "$(echo "$(now) - $t0 > $timeout" | bc)" = 1 ] && die "HAProxy does not route to node $n: $dir/logs/haproxy.log"
      sleep 0.5
    done
  done
  log "HAProxy up on 127.0.0.1:$proxy_port, routing to nodes a and b"
}

proxy_routes() { # node → does HAProxy route its sticky users to it? (a dead node's cookie is redispatched and replaced)
  local headers; headers=$(curl -s -D - -o /dev/null --cookie "SRV=$1" "http://127.0.0.1:$proxy_port/login" || true)
  echo "$headers" | head -1 | grep -q ' 200' && ! echo "$headers" | grep -qi '^set-cookie: SRV='
}

proxy_stop() {
  if alive "$dir/haproxy.pid"; then
    kill "$(cat "$dir/haproxy.pid")"
    while alive "$dir/haproxy.pid"; do sleep 0.1; done
    log "HAProxy stopped"
  fi
  rm -f "$dir/haproxy.pid"
}

# --- commands -----------------------------------------------------------------------------------------

up() {
  [ "$(id -u)" = 0 ] || die "run as root (the databases run as user mysql)"
  local t0; t0=$(now)
  mkdir -p "$dir/logs"
  primary_up
  replica_up
  aot_train
  # one node first: it runs Liquibase and creates `admin` alone, the second then finds both done
  node_start a
  node_wait a
  node_start b
  node_wait b
  proxy_start
  local pos; pos=$(wait_caught_up)
  log "replica caught up at GTID $pos"
  log "cluster up in $(since "$t0") s: http://localhost:$proxy_port (admin / the ORDERAN_ADMIN_PASSWORD of the first start)"
}

down() {
  local t0; t0=$(now)
  proxy_stop
  node_stop a & node_stop b & wait
  db_stop replica
  db_stop primary
  log "cluster down in $(since "$t0") s"
}

status() {
  local name
  for name in primary replica; do
    if alive "$dir/$name/mysqld.pid"; then
      echo "$name: running, gtid_current_pos $(gtid "$name")$( [ $name = replica ] && sql replica -e 'SHOW SLAVE STATUS\G' | awk '/Slave_IO_Running|Slave_SQL_Running:|Seconds_Behind/ {printf ", %s %s", $1, $2}')"
    else
      echo "$name: stopped"
    fi
  done
  alive "$dir/primary/mysqld.pid" && sql primary -N -e "SHOW STATUS LIKE 'Rpl_semi_sync_master_status'" | awk '{print "semi-sync on the primary: " $2}'
  for name in a b; do
    if alive "$dir/node-$name.pid"; then
      echo "node $name: running (pid $(cat "$dir/node-$name.pid")), /login $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(node_port $name)/login")"
    else
      echo "node $name: stopped"
    fi
  done
  if alive "$dir/haproxy.pid"; then
    echo "haproxy: running on :$proxy_port, routes to a: $(proxy_routes a && echo yes || echo no), to b: $(proxy_routes b && echo yes || echo no)"
  else
    echo "haproxy: stopped"
  fi
}

drill_replica() {
  alive "$dir/replica/mysqld.pid" || db_start replica $replica_port 2 replica || true
  log "replica drill: stopping the replica"
  db_stop replica
  # writes while it is away: a scratch database of the drill's own, never the application's schema
  local t0; t0=$(now)
  sql primary -e "CREATE DATABASE IF NOT EXISTS cluster_drill;
    CREATE TABLE IF NOT EXISTS cluster_drill.beat (id BIGINT AUTO_INCREMENT PRIMARY KEY, at DATETIME(6) NOT NULL);
    INSERT INTO cluster_drill.beat (at) VALUES (NOW(6));"
  log "first commit without the replica took $(since "$t0") s (semi-sync waits its timeout once, then goes on alone)"
  t0=$(now)
  local i
  for i in $(seq 1 20); do
    sql primary -e "INSERT INTO cluster_drill.beat (at) SELECT NOW(6) FROM cluster_drill.seq_1_to_500;"
  done
  log "10,000 rows written on the primary in $(since "$t0") s; semi-sync: $(sql primary -N -e "SHOW STATUS LIKE 'Rpl_semi_sync_master_status'" | awk '{print $2}')"
  log "primary at GTID $(sql primary -N -e 'SELECT @@gtid_binlog_pos'), replica stopped"
  t0=$(now)
  db_start replica $replica_port 2 replica || true
  local pos; pos=$(wait_caught_up)
  log "replica restarted and caught up in $(since "$t0") s: primary $(sql primary -N -e 'SELECT @@gtid_binlog_pos'), replica $(gtid replica)"
  local rows_p rows_r
  rows_p=$(sql primary -N -e 'SELECT COUNT(*) FROM cluster_drill.beat'); rows_r=$(sql replica -N -e 'SELECT COUNT(*) FROM cluster_drill.beat')
  log "rows: primary $rows_p, replica $rows_r"
  [ "$rows_p" = "$rows_r" ] || die "the replica has $rows_r rows, the primary $rows_p"
  sleep 1.5 # the replica's acknowledgements switch semi-sync back on with the next commit
  sql primary -e "INSERT INTO cluster_drill.beat (at) VALUES (NOW(6));"
  log "semi-sync on the primary after the catch-up: $(sql primary -N -e "SHOW STATUS LIKE 'Rpl_semi_sync_master_status'" | awk '{print $2}')"
}

case ${1:-} in
  up) up ;;
  down) down ;;
  status) status ;;
  start) node_start "${2:?a or b}"; node_wait "$2" ;;
  stop) node_stop "${2:?a or b}" ;;
  kill) node_kill "${2:?a or b}" ;;
  drill-replica) drill_replica ;;
  sql) shift; name=${1:?primary or replica}; shift; sql "$name" "$@" ;;
  *) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
