import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose.js';

const fresh = await composeSupergraph();

describe('the committed schemas', () => {
  it('match a fresh composition of the subgraphs (run `npm run compose` after changing an SDL)', async () => {
    expect(await readFile(new URL('../supergraph.graphql', import.meta.url), 'utf8')).toBe(fresh.supergraph);
    expect(await readFile(new URL('../api.graphql', import.meta.url), 'utf8')).toBe(fresh.api);
  });

  it('keep federation internals out of the client-facing schema', () => {
    expect(fresh.api).not.toMatch(/_entities|_service|@join__/);
    expect(fresh.api).toMatch(/type User\b/);
  });
});
