module.exports = { ...require('../../jest.preset.js'), displayName: 'decision-service', rootDir: __dirname };
