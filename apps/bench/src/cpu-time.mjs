// CPU time of the processes under load, read from /proc (Linux): where each request's
// cost goes (the server process, PostgreSQL's processes, the load generator).
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Busy CPU time of the whole machine (every core), from /proc/stat. */
function machineBusyMs() {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const [, user, nice, system, , , irq, softirq, steal] = cpu.trim().split(/\s+/).map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / TICKS_PER_SECOND;
}

/**
 * Starts measuring; `stop(requests)` gives microseconds of CPU per request for the server
 * process, this process (the load generator) and the rest of the machine, which is
 * PostgreSQL (backends, WAL writer, autovacuum; counted whole, also for backends that
 * end during the run) plus a little background noise. Null where /proc is not available.
 */
export function measureCpu(serverPid) {
  const available = (() => {
    try {
      readFileSync('/proc/self/stat');
      return true;
    } catch {
      return false;
    }
  })();
  const server = processCpuMs(serverPid);
  const machine = available ? machineBusyMs() : 0;
  const own = process.cpuUsage();
  return {
    stop(requests) {
      if (!available || requests === 0)
        return { server: null, postgres: null, loadGenerator: null };
      const ownUsed = process.cpuUsage(own);
      const ownMs = (ownUsed.user + ownUsed.system) / 1000;
      const serverMs = processCpuMs(serverPid) - server;
      const per = (ms) => Math.round((ms * 1000) / requests);
      return {
        server: per(serverMs),
        postgres: per(Math.max(0, machineBusyMs() - machine - serverMs - ownMs)),
        loadGenerator: per(ownMs),
      };
    },
  };
}
