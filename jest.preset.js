const path = require('node:path');

const libs = ['contracts', 'domain-kernel', 'event-store', 'messaging', 'service-kit', 'testing'];
const apps = ['employer-service', 'offer-service', 'application-service', 'decision-service'];

/** Shared settings for every project's jest.config.js. */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: Object.fromEntries([
    ...libs.map((lib) => [`^@imp/${lib}$`, path.join(__dirname, 'libs', lib, 'src', 'index.ts')]),
    ...apps.map((app) => [`^@imp/${app}$`, path.join(__dirname, 'apps', app, 'src', 'index.ts')]),
  ]),
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
