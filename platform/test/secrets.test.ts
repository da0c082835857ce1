import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateSecret } from '../src/secrets.js';

describe('loadOrCreateSecret', () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('gives every racing caller the same secret, reports one creator and leaves no temp files', async () => {
    dir = await mkdtemp(join(tmpdir(), 'secrets-'));
    const results = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateSecret(dir, 'jwt-secret')));
    expect(new Set(results.map((result) => result.secret)).size).toBe(1);
    // One file was written; the callers that lost the race reused it and must say so.
    expect(results.filter((result) => result.created).length).toBe(1);
    expect(results[0]?.secret.length).toBeGreaterThanOrEqual(32);
    expect(await readdir(dir)).toEqual(['jwt-secret']);

    const again = await loadOrCreateSecret(dir, 'jwt-secret');
    expect(again).toEqual({ secret: results[0]?.secret, created: false });
  });
});
