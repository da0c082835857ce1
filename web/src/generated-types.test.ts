// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

const WEB = resolve(import.meta.dirname, '..');

describe('generated GraphQL types', () => {
  it('match schema/api.graphql and the documents in src (run `npm run codegen -w @sp0t1fy/web` when not)', async () => {
    const previous = process.cwd();
    process.chdir(WEB);
    try {
      const outputs = await generate({ ...config, silent: true, errorsOnly: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = await readFile(join(WEB, output.filename), 'utf8').catch(() => '(missing)');
        expect(committed, `${output.filename} is stale`).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  }, 60_000);
});
