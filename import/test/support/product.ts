import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProduct } from '@sp0t1fy/gateway';
import { subgraphs, variablesOf } from '@sp0t1fy/schema';

export interface RunningProduct {
  url: string;
  /** A GraphQL request to the product's API, throwing on any error. */
  request<Data>(query: string, variables?: Record<string, unknown>, token?: string): Promise<Data>;
  close(): Promise<void>;
}

/** The product as `npm start` runs it (every subgraph in one process, embedded stores) on a fresh DATA_DIR. */
export async function startTestProduct(): Promise<RunningProduct> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sp0t1fy-import-test-'));
  const product = await startProduct({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    LOG_FORMAT: 'json',
    DATA_DIR: dataDir,
    PORT: '0',
    ...Object.fromEntries(subgraphs.map((entry) => [variablesOf(entry).port, '0'])),
  });
  const request = async <Data>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Data; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  return {
    url: product.url,
    request,
    async close() {
      await product.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Account {
  email: string;
  password: string;
  token: string;
}

export async function register(product: RunningProduct): Promise<Account> {
  const email = `importer-${randomBytes(4).toString('hex')}@example.com`;
  const password = `import passphrase ${randomBytes(4).toString('hex')}`;
  const { register } = await product.request<{ register: { token: string } }>(
    'mutation ($email: String!, $password: String!) { register(email: $email, password: $password) { token } }',
    { email, password },
  );
  return { email, password, token: register.token };
}
