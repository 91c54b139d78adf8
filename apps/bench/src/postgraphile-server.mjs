// PostGraphile 4 over the same database, as the baseline for list and detail throughput.
// It connects as the owner (no RLS, no audit, no masking): a generous baseline.
import http from 'node:http';
import { postgraphile } from 'postgraphile';

const url = process.env.PG_URL;
const port = Number(process.env.PORT);
const middleware = postgraphile(url, 'public', {
  disableDefaultMutations: true,
  dynamicJson: true,
  disableQueryLog: true,
  retryOnInitFail: false,
  graphqlRoute: '/graphql',
  // Let it order and filter by any column, as our API does (not only indexed ones).
  ignoreIndexes: true,
});
http.createServer(middleware).listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
