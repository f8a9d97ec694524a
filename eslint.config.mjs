import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports a pure domain must never make: frameworks, drivers, store clients, other layers. */
export const domainForbiddenImports = {
  patterns: [
    { group: ['@nestjs/*'], message: 'domain/ is pure: no NestJS.' },
    {
      group: ['kafkajs', 'pg', 'pg-*', '@electric-sql/*', '@kurrent/*', '@eventstore/*'],
      message: 'domain/ is pure: no I/O clients.',
    },
    {
      group: ['@imp/event-store', '@imp/messaging', '@imp/service-kit'],
      message: 'domain/ is pure: no adapters.',
    },
    {
      group: ['**/application/*', '**/api/*', '**/projections/*', '**/integration/*'],
      message: 'domain/ may not depend on outer layers.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.nx/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', domainForbiddenImports] },
  },
  {
    files: ['libs/contracts/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@imp/*', '@nestjs/*', 'kafkajs', 'pg'],
              message: 'contracts depend on nothing of ours.',
            },
          ],
        },
      ],
    },
  },
);
