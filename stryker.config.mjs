// `npm run test:mutation` (which sets TZ=America/New_York: Stryker's test workers do not pick up
// the time zone a test stubs, and the suite must pass on a computer in another zone anyway): StrykerJS over the safety-critical code (quick exit, opening hours and
// routing, UK time, postcodes, bank holidays, deadlines, retention, merging, storage). Not part of
// `npm test` (too slow for every run); the README gives the scores. Reports in reports/mutation/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'lib/quick-exit/**/*.ts',
    'lib/contacts/hours.ts',
    'lib/contacts/routing.ts',
    'lib/contacts/uk-time.ts',
    'lib/contacts/postcode.ts',
    'lib/contacts/bank-holidays.ts',
    'lib/referral/deadline.ts',
    'lib/referral/retention.ts',
    'lib/referral/merge.ts',
    'lib/storage/**/*.ts',
    '!**/*.d.ts',
  ],
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Every mutant is killed by a test or marked beside the code with the reason it cannot matter,
  // so anything less than 100 % is a new survivor to deal with.
  thresholds: { high: 100, low: 100, break: 100 },
  concurrency: 2,
  timeoutMS: 20000,
  // TypeScript 7 has no JavaScript compiler API, which Stryker's tsconfig rewriting needs; vitest
  // compiles with esbuild anyway, so point it at no tsconfig.
  tsconfigFile: 'no-tsconfig-for-stryker.json',
  tempDirName: '.stryker-tmp',
  // Not copied into the sandbox: old reports, and another run's sandbox (one per folder may run at once).
  ignorePatterns: ['/reports', '/.stryker-tmp*', '/.output', '/stats.html'],
  cleanTempDir: 'always',
};
