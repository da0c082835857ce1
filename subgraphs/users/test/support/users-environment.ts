import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestBackend, uniqueNamespace } from '@sp0t1fy/platform/testing';

export interface UsersEnvironment {
  /** The variables a users service of this suite starts with. */
  env: Record<string, string>;
  dataDir: string;
  /** Drops the PostgreSQL database and removes the data folder. */
  remove(): Promise<void>;
}

/**
 * A users service's variables on the backend: its own data folder, cache namespace and, with
 * PostgreSQL and Redis, its own database; `variables` add the suite's own limits.
 */
export async function usersEnvironment(
  backend: TestBackend,
  variables: Record<string, string>,
): Promise<UsersEnvironment> {
  const dataDir = await mkdtemp(join(tmpdir(), 'users-'));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    USERS_PORT: '0',
    LOG_LEVEL: 'silent',
    CACHE_NAMESPACE: uniqueNamespace(),
    ...variables,
  };
  let dropDatabase = async () => {};
  if (backend.postgresUrl && backend.redisUrl) {
    const database = await createTestDatabase(backend.postgresUrl);
    dropDatabase = database.drop;
    Object.assign(env, { USERS_DATABASE_URL: database.url, REDIS_URL: backend.redisUrl });
  }
  return {
    env,
    dataDir,
    async remove() {
      await dropDatabase();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
