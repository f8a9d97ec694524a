module.exports = { ...require('../../jest.preset.js'), displayName: 'offer-service', rootDir: __dirname };
