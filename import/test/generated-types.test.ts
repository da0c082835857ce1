import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

const IMPORT = resolve(import.meta.dirname, '..');

describe("the importer's generated GraphQL types", () => {
  it('match schema/api.graphql and the operations in src (run `npm run codegen -w @sp0t1fy/import` when not)', async () => {
    const previous = process.cwd();
    process.chdir(IMPORT);
    try {
      const outputs = await generate({ ...config, silent: true, errorsOnly: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = await readFile(join(IMPORT, output.filename), 'utf8').catch(() => '(missing)');
        expect(committed, `${output.filename} is stale`).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  }, 60_000);
});
