#!/usr/bin/env bash
# A one-node SLURM cluster on 127.0.0.1, all state in one folder, for the batch tests and for trying
# batch-array.sh on a workstation (as root, with Debian's slurm-wlm and munge installed):
#   scripts/slurm/local-cluster.sh start STATE_DIR   # prints the SLURM_CONF line to export
#   scripts/slurm/local-cluster.sh stop STATE_DIR    # stops the daemons by their PID files
# Ports: SLURMCTLD_PORT and SLURMD_PORT (default 6817, 6818).
set -euo pipefail
action=${1:?usage: local-cluster.sh start|stop STATE_DIR}
state=$(realpath -m "${2:?usage: local-cluster.sh start|stop STATE_DIR}")
PATH=$PATH:/usr/sbin:/sbin

stop_pid() {
  local file=$1
  [ -f "$file" ] || return 0
  local pid
  pid=$(cat "$file")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$file"
}

if [ "$action" = stop ]; then
  stop_pid "$state/slurmd.pid"
  stop_pid "$state/slurmctld.pid"
  stop_pid "$state/munged.pid"
  exit 0
fi
[ "$action" = start ] || { echo "local-cluster.sh: unknown action '$action'; use start or stop" >&2; exit 2; }
for tool in munged slurmctld slurmd sinfo sbatch; do
  command -v "$tool" >/dev/null || { echo "local-cluster.sh: $tool is missing; install slurm-wlm and munge" >&2; exit 2; }
done
[ "$(id -u)" = 0 ] || { echo "local-cluster.sh: run as root (the daemons switch users and own spool folders)" >&2; exit 2; }

mkdir -p "$state"/munge "$state"/spool/ctld "$state"/spool/d "$state"/log
chmod 700 "$state/munge"
[ -f "$state/munge/munge.key" ] || { dd if=/dev/urandom bs=1024 count=1 of="$state/munge/munge.key" 2>/dev/null; chmod 400 "$state/munge/munge.key"; }
cpus=$(nproc)
memory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 * 8 / 10 ))
cat > "$state/slurm.conf" <<CONF
ClusterName=parallax
SlurmctldHost=localhost(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$state/munge/munged.socket
CredType=cred/munge
SlurmctldPort=${SLURMCTLD_PORT:-6817}
SlurmdPort=${SLURMD_PORT:-6818}
StateSaveLocation=$state/spool/ctld
SlurmdSpoolDir=$state/spool/d
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/log/slurmctld.log
SlurmdLogFile=$state/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
SlurmdTimeout=30
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=local Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$state/slurm.conf
munged --force --key-file="$state/munge/munge.key" --socket="$state/munge/munged.socket" \
  --pid-file="$state/munged.pid" --log-file="$state/log/munged.log" --seed-file="$state/munge/munged.seed"
slurmctld -c -f "$SLURM_CONF"
slurmd -N localhost -f "$SLURM_CONF"
for _ in $(seq 120); do
  if sinfo -h -N -o %t 2>/dev/null | grep -q '^idle'; then
    echo "export SLURM_CONF=$SLURM_CONF"
    exit 0
  fi
  sleep 0.5
done
echo "local-cluster.sh: the node did not become idle in 60 s; see $state/log" >&2
exit 1
