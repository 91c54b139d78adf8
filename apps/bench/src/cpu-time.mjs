// CPU time of the processes under load, read from /proc (Linux): the server process, the
// bench database's own PostgreSQL backends (their pids from pg_stat_activity), PostgreSQL's
// shared processes, this process (the load generator) and the whole machine.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { attributeCpu, cpuBetween } from './cpu-attribution.mjs';

const TICKS_PER_SECOND = 100;
// Cluster-wide processes that serve every database: counted apart, neither bench nor other.
const SHARED_BACKEND_TYPES = ['walwriter', 'checkpointer', 'background writer'];

function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Busy CPU time of the whole machine (every core), from /proc/stat. */
function machineBusyMs() {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const [, user, nice, system, , , irq, softirq, steal] = cpu.trim().split(/\s+/).map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / TICKS_PER_SECOND;
}

async function backendPids(db) {
  const { rows } = await db.query(
    `SELECT pid, (datname IS NULL) AS shared FROM pg_stat_activity
     WHERE pid <> pg_backend_pid()
       AND (datname = current_database() OR (datname IS NULL AND backend_type = ANY($1)))`,
    [SHARED_BACKEND_TYPES],
  );
  return rows;
}

async function readBackends(db) {
  const bench = new Map();
  const shared = new Map();
  let visible = true;
  for (const { pid, shared: isShared } of await backendPids(db)) {
    const ms = processCpuMs(pid);
    if (ms === null) visible = false;
    else (isShared ? shared : bench).set(pid, ms);
  }
  return { bench, shared, visible };
}

/** Whether this machine's /proc can be read (PostgreSQL's processes checked at start). */
function procAvailable() {
  try {
    readFileSync('/proc/self/stat');
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts measuring a phase; `stop(requests)` gives CPU µs per request and the shares of the
 * machine (see attributeCpu). `db` is a client on the bench database. Null figures where
 * /proc is not readable or PostgreSQL runs elsewhere (its pids are not visible here).
 */
export async function measureCpu(serverPid, db) {
  if (!procAvailable()) return { stop: async () => null };
  const started = performance.now();
  const server = processCpuMs(serverPid) ?? 0;
  const backends = await readBackends(db);
  const machine = machineBusyMs();
  const own = process.cpuUsage();
  return {
    async stop(requests) {
      const ownUsed = process.cpuUsage(own);
      const busyMs = machineBusyMs() - machine;
      const serverMs = (processCpuMs(serverPid) ?? server) - server;
      const elapsedMs = performance.now() - started;
      const after = await readBackends(db);
      if (requests === 0 || !backends.visible || !after.visible) return null;
      return attributeCpu({
        elapsedMs,
        cores: cpus().length,
        busyMs,
        serverMs,
        generatorMs: (ownUsed.user + ownUsed.system) / 1000,
        benchBackendsMs: cpuBetween(backends.bench, after.bench),
        postgresSharedMs: cpuBetween(backends.shared, after.shared),
        requests,
      });
    },
  };
}
