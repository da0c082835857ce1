// @vitest-environment node
import { resolve } from 'node:path';
import { staleGeneratedFiles } from '@sp0t1fy/platform/codegen-check';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

describe('generated GraphQL types', () => {
  it('match schema/api.graphql and the documents in src (run `npm run codegen -w @sp0t1fy/web` when not)', async () => {
    expect(await staleGeneratedFiles(config, resolve(import.meta.dirname, '..'))).toEqual([]);
  }, 60_000);
});
