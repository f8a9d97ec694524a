module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'application-service',
  rootDir: __dirname,
};
