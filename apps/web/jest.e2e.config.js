// Browser tests against the whole stack, which global setup starts once for the run.
module.exports = {
  ...require('../../jest.preset'),
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  testTimeout: 60_000,
};
