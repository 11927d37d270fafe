module.exports = {
  ...require('../../jest.preset'),
  roots: ['<rootDir>/src'],
  moduleNameMapper: {
    '\\.module\\.css$': '<rootDir>/src/test-support/css-module.js',
    '^server-only$': '<rootDir>/src/test-support/server-only.js',
  },
};
