module.exports = { ...require('../../jest.preset.js'), displayName: 'employer-service', rootDir: __dirname };
