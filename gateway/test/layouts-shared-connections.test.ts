import { redisConnectionName } from '@sp0t1fy/platform';
import { testBackends } from '@sp0t1fy/platform/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';

const withRedis = (await testBackends()).filter((backend) => backend.redisUrl);

describe.runIf(withRedis.length > 0)('one process on Redis', () => {
  let stack: TestStack;
  let admin: Redis;

  beforeAll(async () => {
    stack = await startStack(withRedis[0] as (typeof withRedis)[number], { layout: 'one process' });
    admin = new Redis(stack.env.REDIS_URL as string);
  });
  afterAll(async () => {
    admin?.disconnect();
    await stack?.close();
  });

  it('holds one Redis connection for every subgraph, cache, sign-out copy and rate limiter', async () => {
    // Sign-ins (rate limiters), a cached library page (catalog cache) and a signed-in query (sign-outs).
    const ann = await seed(stack.client).user();
    await seed(stack.client).song(ann);
    await stack.client.request('mutation ($e: String!) { login(email: $e, password: "wrong password") { token } }', {
      e: ann.email,
    });
    await ann.client.request('{ me { id } songs(first: 5) { totalCount } }');
    const clients = (await admin.client('LIST')) as string;
    const ours = clients.split('\n').filter((line) => line.includes(` name=${redisConnectionName()} `));
    expect(ours).toHaveLength(1);
  });
});
