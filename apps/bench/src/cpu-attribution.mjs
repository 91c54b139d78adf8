// Pure: who used the machine's CPU during a phase, from the /proc readings cpu-time.mjs takes.

/**
 * Splits the machine's busy time over a phase into the server under test, the load
 * generator (this process), the bench database's own PostgreSQL backends, PostgreSQL's
 * shared processes (WAL writer, checkpointer: they serve every database) and everything
 * else. Per request in µs, and as shares of the machine's capacity (elapsed × cores), so a
 * run that shared the machine with other work shows it in `otherShare`.
 * All inputs in ms; `requests` > 0.
 */
export function attributeCpu({
  elapsedMs,
  cores,
  busyMs,
  serverMs,
  generatorMs,
  benchBackendsMs,
  postgresSharedMs,
  requests,
}) {
  const capacityMs = elapsedMs * cores;
  const otherMs = Math.max(0, busyMs - serverMs - generatorMs - benchBackendsMs - postgresSharedMs);
  const perRequest = (ms) => Math.round((ms * 1000) / requests);
  const share = (ms) => (capacityMs > 0 ? Math.round((ms / capacityMs) * 1000) / 1000 : null);
  return {
    microsPerRequest: {
      server: perRequest(serverMs),
      postgres: perRequest(benchBackendsMs),
      postgresShared: perRequest(postgresSharedMs),
      loadGenerator: perRequest(generatorMs),
    },
    shares: {
      busy: share(busyMs),
      server: share(serverMs),
      postgres: share(benchBackendsMs),
      postgresShared: share(postgresSharedMs),
      loadGenerator: share(generatorMs),
      other: share(otherMs),
    },
  };
}

/**
 * CPU used by a set of processes between two readings (pid → ms): a pid seen only at the
 * end started during the phase and counts whole; one seen only at the start ended during it
 * and its last part is lost (the pools keep their connections, so this is rare).
 */
export function cpuBetween(before, after) {
  let total = 0;
  for (const [pid, ms] of after) total += Math.max(0, ms - (before.get(pid) ?? 0));
  return total;
}
