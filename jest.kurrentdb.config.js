/** `npm run test:kurrentdb`: the event store contract against the KurrentDB server at KURRENTDB_URL. */
module.exports = {
  ...require('./jest.preset.js'),
  displayName: 'kurrentdb',
  rootDir: __dirname,
  testMatch: ['**/*.contract.kurrentdb.ts'],
  testTimeout: 60000,
};
