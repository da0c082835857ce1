import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRedisCache } from '../src/cache.js';
import { REVOCATIONS_PATH } from '../src/contracts/revocations.js';
import {
  ledgerRevocations,
  mirroredRevocations,
  type RevocationLedger,
  type Revocations,
  remoteRevocations,
} from '../src/revocations.js';
import { testBackends, uniqueNamespace } from '../src/testing/backends.js';

const logger = pino({ level: 'silent' });
const redisUrl = (await testBackends()).find((backend) => backend.redisUrl)?.redisUrl;
const inAMinute = () => new Date(Date.now() + 60_000);

/** The users service's ledger, kept in memory here; the users suite runs the PostgreSQL one. */
function memoryLedger(): RevocationLedger & { asked: number } {
  const rows = new Map<string, Date>();
  return {
    asked: 0,
    async revoke(tokenId, expiresAt) {
      rows.set(tokenId, expiresAt);
    },
    async isRevoked(tokenId) {
      this.asked++;
      return rows.has(tokenId);
    },
    async unexpired() {
      return [...rows].map(([tokenId, expiresAt]) => ({ tokenId, expiresAt }));
    },
  };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

describe.skipIf(!redisUrl)('sign-outs copied to a shared Redis', () => {
  function setUp(namespace = uniqueNamespace()) {
    const ledger = memoryLedger();
    const users = ledgerRevocations(
      ledger,
      createRedisCache({ url: redisUrl as string, keyPrefix: namespace, logger }),
      {
        logger,
        resyncIntervalMs: 100,
      },
    );
    const mirror = createRedisCache({ url: redisUrl as string, keyPrefix: namespace, logger });
    closers.push(users.close, mirror.close);
    return { ledger, users: users.revocations, others: mirroredRevocations(mirror, ledger), mirror };
  }

  it('answers the other services from Redis once the list is copied, without asking users', async () => {
    const { ledger, users, others, mirror } = setUp();
    await users.revoke('signed-out', inAMinute());
    await expect.poll(() => mirror.get('revocations-complete')).toBe('1');
    const asked = ledger.asked;
    expect(await others.isRevoked('signed-out')).toBe(true);
    expect(await others.isRevoked('still-valid')).toBe(false);
    expect(ledger.asked).toBe(asked);
  });

  it('asks users while Redis has lost the list, and copies it back', async () => {
    // The resync runs when the test says: otherwise a round could refill Redis before users is asked.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    closers.push(async () => void vi.useRealTimers());
    const { ledger, users, others, mirror } = setUp();
    await users.revoke('signed-out', inAMinute());
    await expect.poll(() => mirror.get('revocations-complete')).toBe('1');

    // What a restarted Redis without persistence looks like: no sign-outs, no mark of a full copy.
    await mirror.delete('revoked:signed-out', 'revocations-complete');
    const asked = ledger.asked;
    expect(await others.isRevoked('signed-out')).toBe(true);
    expect(ledger.asked).toBe(asked + 1);

    vi.advanceTimersByTime(100);
    await expect.poll(() => mirror.get('revoked:signed-out')).toBe('1');
    await expect.poll(() => mirror.get('revocations-complete')).toBe('1');
  });
});

describe('sign-outs when a copy cannot answer', () => {
  it('asks users when Redis is unreachable', async () => {
    const ledger = memoryLedger();
    await ledger.revoke('signed-out', inAMinute());
    const mirror = createRedisCache({ url: 'redis://127.0.0.1:1', keyPrefix: 'x:', logger });
    closers.push(mirror.close);
    const others = mirroredRevocations(mirror, ledger);
    expect(await others.isRevoked('signed-out')).toBe(true);
    expect(await others.isRevoked('still-valid')).toBe(false);
  });

  it('refuses every token when the users service cannot answer either (fail closed)', async () => {
    const mirror = createRedisCache({ url: 'redis://127.0.0.1:1', keyPrefix: 'x:', logger });
    closers.push(mirror.close);
    const failing = createServer((_req, res) => res.writeHead(503).end());
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => failing.close(() => resolve())));
    const { port } = failing.address() as AddressInfo;

    const checks: Revocations[] = [
      remoteRevocations(`http://127.0.0.1:${port}`),
      remoteRevocations('http://127.0.0.1:1'),
      mirroredRevocations(mirror, remoteRevocations('http://127.0.0.1:1')),
    ];
    for (const revocations of checks) expect(await revocations.isRevoked('any-token')).toBe(true);
  });

  it("counts as revoked whatever the users service says that is not a clear 'not revoked'", async () => {
    const answers = new Map<string, unknown>([
      ['valid', { revoked: false }],
      ['signed/out', { revoked: true }],
      ['empty', {}],
      ['stringly', { revoked: 'false' }],
    ]);
    const users = createServer((req, res) => {
      const prefix = `${REVOCATIONS_PATH}/`;
      const tokenId = req.url?.startsWith(prefix) ? decodeURIComponent(req.url.slice(prefix.length)) : undefined;
      if (tokenId === undefined || !answers.has(tokenId)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answers.get(tokenId)));
    });
    await new Promise<void>((resolve) => users.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => users.close(() => resolve())));
    const remote = remoteRevocations(`http://127.0.0.1:${(users.address() as AddressInfo).port}`);

    expect(await remote.isRevoked('valid')).toBe(false);
    for (const tokenId of ['signed/out', 'empty', 'stringly', 'unknown']) {
      expect(await remote.isRevoked(tokenId), tokenId).toBe(true);
    }
  });
});
