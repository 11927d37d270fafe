module.exports = { ...require('../../jest.preset'), roots: ['<rootDir>/src'] };
