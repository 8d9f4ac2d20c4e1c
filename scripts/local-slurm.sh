#!/usr/bin/env bash
# A one-node Slurm on this machine, for SlurmIntegrationTest (run by .ci/run when this succeeds):
# installs Debian's slurm-wlm and munge, writes a slurm.conf whose one node and partition
# ("debug") are localhost, and starts munged, slurmctld and slurmd. Needs root. Does nothing
# when a Slurm already answers. Exit 0 when `sinfo` shows the node ready.
set -euo pipefail

if command -v sinfo >/dev/null 2>&1 && sinfo -h -o %T 2>/dev/null | grep -qE 'idle|mixed|alloc'; then
    echo "local-slurm.sh: Slurm is already up: $(sinfo -h | head -1)"
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "local-slurm.sh: needs root (it installs packages and starts daemons)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! command -v slurmctld >/dev/null 2>&1; then
    apt-get install -y -q slurm-wlm munge >/dev/null 2>&1 || { apt-get update -q && apt-get install -y -q slurm-wlm munge; }
fi

host=$(hostname -s)
cpus=$(nproc)
memory=$(awk '/MemTotal/ { m = int($2 / 1024) - 1024; print (m > 512 ? m : 512) }' /proc/meminfo)
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm /run/munge
if [ ! -s /etc/munge/munge.key ]; then
    mkdir -p /etc/munge
    dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null
fi
chown -R munge:munge /etc/munge /run/munge /var/lib/munge /var/log/munge 2>/dev/null || true
chmod 400 /etc/munge/munge.key

# proctrack/linuxproc and task/none: no cgroups, which containers often lack
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=raspc-local
SlurmctldHost=$host
AuthType=auth/munge
SlurmUser=root
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
JobAcctGatherType=jobacct_gather/none
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmdSpoolDir=/var/spool/slurmd
StateSaveLocation=/var/spool/slurmctld
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
# a job without --mem gets 1 GB per CPU, not the whole node, so array tasks run side by side
DefMemPerCPU=1024
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF

pgrep -x munged >/dev/null || runuser -u munge -- /usr/sbin/munged
pgrep -x slurmctld >/dev/null || slurmctld
pgrep -x slurmd >/dev/null || slurmd
for _ in $(seq 60); do
    if sinfo -h -o %T 2>/dev/null | grep -qE 'idle|mixed|alloc'; then
        echo "local-slurm.sh: Slurm is up: $(sinfo -h | head -1)"
        exit 0
    fi
    sleep 1
done
echo "local-slurm.sh: Slurm did not come up; see /var/log/slurm/" >&2
exit 1
