// CPU time of the processes under load, read from /proc (Linux): where each request's
// cost goes (the server process, PostgreSQL's processes, the load generator).
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function postgresCpuMs() {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
        total += processCpuMs(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/**
 * Starts measuring; `stop(requests)` gives microseconds of CPU per request for the server
 * process, PostgreSQL (every local `postgres` process: backends, WAL writer, autovacuum)
 * and this process (the load generator). Null where /proc is not available.
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
  const postgres = available ? postgresCpuMs() : 0;
  const own = process.cpuUsage();
  return {
    stop(requests) {
      if (!available || requests === 0)
        return { server: null, postgres: null, loadGenerator: null };
      const ownUsed = process.cpuUsage(own);
      const per = (ms) => Math.round((ms * 1000) / requests);
      return {
        server: per(processCpuMs(serverPid) - server),
        postgres: per(postgresCpuMs() - postgres),
        loadGenerator: Math.round((ownUsed.user + ownUsed.system) / requests),
      };
    },
  };
}
