import { resolve } from 'node:path';
import { staleGeneratedFiles } from '@sp0t1fy/platform/codegen-check';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

describe("the importer's generated GraphQL types", () => {
  it('match schema/api.graphql and the operations in src (run `npm run codegen -w @sp0t1fy/import` when not)', async () => {
    expect(await staleGeneratedFiles(config, resolve(import.meta.dirname, '..'))).toEqual([]);
  }, 60_000);
});
