import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../../..');
const lint = (code: string, file: string) =>
  new ESLint({ cwd: root }).lintText(code, { filePath: path.join(root, file) }).then(([result]) => result);

describe('the domain boundary lint rule', () => {
  const domainFile = 'apps/offer-service/src/offer/domain/fixture.ts';

  it.each([
    ["import { Injectable } from '@nestjs/common';", 'no NestJS'],
    ["import { Kafka } from 'kafkajs';", 'no I/O clients'],
    ["import { Pool } from 'pg';", 'no I/O clients'],
    ["import { KurrentDBClient } from '@kurrent/kurrentdb-client';", 'no I/O clients'],
    ["import { PostgresEventStore } from '@imp/event-store';", 'no adapters'],
    ["import { SubmitOfferHandler } from '../application/submit-offer.handler';", 'outer layers'],
  ])('rejects `%s` in a domain file', async (importLine, reason) => {
    const result = await lint(`${importLine}\nexport const x = 1;\n`, domainFile);
    const messages = result.messages.filter((m) => m.ruleId === 'no-restricted-imports');
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toContain(reason);
  });

  it('accepts the domain kernel in a domain file', async () => {
    const result = await lint(
      "import { BusinessRuleError } from '@imp/domain-kernel';\nexport const e = BusinessRuleError;\n",
      domainFile,
    );
    expect(result.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });

  it('allows NestJS outside domain/', async () => {
    const result = await lint(
      "import { Injectable } from '@nestjs/common';\nexport const i = Injectable;\n",
      'apps/offer-service/src/offer/application/fixture.ts',
    );
    expect(result.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });
});
