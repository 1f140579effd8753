/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/src',
    '<rootDir>/test',
    '<rootDir>/bench',
    '<rootDir>/functions',
    '<rootDir>/taskpane',
    '<rootDir>/build',
  ],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
      },
    ],
  },
  // TypeScript (nodenext) wants `./x.js` in a dynamic import of `./x.ts`; jest resolves it as webpack does.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // No test asserts time (speed is `npm run bench`'s); a shared, loaded machine must not fail a test by its clock.
  testTimeout: 30_000,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // One folder per run, shared by the test files: the add-in is built once per run (test/jest/).
  globalSetup: '<rootDir>/test/jest/global-setup.ts',
  globalTeardown: '<rootDir>/test/jest/global-teardown.ts',
};
