// One load phase: autocannon against one server for a fixed time, every response's latency
// kept (so percentiles are computed, not read off a histogram's fixed columns), GraphQL
// errors counted, CPU attributed.
import autocannon from 'autocannon';
import { measureCpu } from './cpu-time.mjs';

function requestOf(token, request, onResponse) {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(request),
    ...(onResponse ? { onResponse } : {}),
  };
}

/** Unmeasured load of the same shape: JIT, pools and plans warm up. */
export async function warmUp({ url, token, request, connections, seconds }) {
  if (seconds <= 0) return;
  await autocannon({ url, connections, duration: seconds, requests: [requestOf(token, request)] });
}

/**
 * Runs one measured phase. `target` is `{ url, token, pid }`; `db` a client on the bench
 * database (for the CPU of its backends). Returns throughput, every latency (ms), errors
 * (a GraphQL `errors` entry in a 200 counts) and the CPU attribution.
 */
export async function runPhase({ target, request, connections, seconds, db }) {
  let errors = 0;
  const latencies = [];
  const cpu = await measureCpu(target.pid, db);
  const instance = autocannon({
    url: target.url,
    connections,
    duration: seconds,
    requests: [
      requestOf(target.token, request, (status, body) => {
        if (status !== 200 || body.includes('"errors"')) errors += 1;
      }),
    ],
  });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  const requests = result.requests.total;
  return {
    requests,
    rps: requests / result.duration,
    errors: errors + result.errors + result.timeouts,
    latencies,
    cpu: await cpu.stop(requests),
  };
}
