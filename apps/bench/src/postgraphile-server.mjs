// PostGraphile 4 over the same database, as the baseline for list and detail throughput.
// It connects as the owner (no RLS, no audit, no masking): a generous baseline. Its pool is
// as large as the gateway's (PG_POOL_SIZE) and named, so the bench can see its backends.
import http from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';

const pool = new pg.Pool({
  connectionString: process.env.PG_URL,
  max: Number(process.env.PG_POOL_SIZE),
  application_name: 'finsam-bench-postgraphile',
});
const port = Number(process.env.PORT);
const middleware = postgraphile(pool, 'public', {
  disableDefaultMutations: true,
  dynamicJson: true,
  disableQueryLog: true,
  retryOnInitFail: false,
  graphqlRoute: '/graphql',
  // Let it order and filter by any column, as our API does (not only indexed ones).
  ignoreIndexes: true,
});
http.createServer(middleware).listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
