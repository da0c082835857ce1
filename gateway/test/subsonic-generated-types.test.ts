import { resolve } from 'node:path';
import { staleGeneratedFiles } from '@sp0t1fy/platform/codegen-check';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

describe("the Subsonic API's generated GraphQL types", () => {
  it('match schema/api.graphql and src/subsonic/operations (run `npm run codegen -w @sp0t1fy/gateway` when not)', async () => {
    expect(await staleGeneratedFiles(config, resolve(import.meta.dirname, '..'))).toEqual([]);
  }, 60_000);
});
