/**
 * docker-compose.yml checked against the code, without a Docker engine: what each service is given
 * is what its configuration accepts, ports and healthchecks are the ones the code listens on, the
 * URLs between containers meet, and no application container keeps state of its own.
 */
import { catalogEnv } from '@sp0t1fy/catalog/config';
import { ConfigError, createHttpApp, createLogger, listen, loadConfig } from '@sp0t1fy/platform';
import { loadService, subgraphs, variablesOf } from '@sp0t1fy/schema';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { gatewayEnvWith } from '../src/config.js';
import {
  type ComposeFile,
  dockerStages,
  environmentOf,
  exampleEnv,
  healthcheckUrl,
  type ImageBuild,
  imageBuildOf,
  imageEnv,
  instructionsOf,
  interpolate,
  rawCompose,
  readRepoFile,
  referencedVariables,
  resolvedCompose,
} from './support/deploy-files.js';

interface AppService {
  schema: z.ZodObject;
  /** The variables naming the address and port it listens on. */
  hostVariable: string;
  portVariable: string;
  databaseVariable?: string;
}

/** Every subgraph of the registry, as its service's own configuration describes it, and the gateway. */
const APP_SERVICES: Record<string, AppService> = {
  ...Object.fromEntries(
    await Promise.all(
      subgraphs.map(async (entry) => {
        const variables = variablesOf(entry);
        const { configSchema } = await loadService(entry);
        return [
          entry.name,
          {
            schema: configSchema,
            hostVariable: 'HOST',
            portVariable: variables.port,
            databaseVariable: variables.databaseUrl,
          },
        ] as const;
      }),
    ),
  ),
  gateway: { schema: gatewayEnvWith(subgraphs), hostVariable: 'GATEWAY_HOST', portVariable: 'PORT' },
};
const SUBGRAPHS = subgraphs.map((entry) => entry.name);
/** The ports the store images listen on by default. */
const STORE_PORTS: Record<string, number> = { postgres: 5432, redis: 6379, minio: 9000 };
const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443, 'postgres:': 5432, 'redis:': 6379 };

const env = exampleEnv();
const compose = resolvedCompose(env);
const stages = dockerStages();

/** What a container's process sees: its image's ENV, then compose's environment over it. */
function containerEnv(name: string): Record<string, string> {
  const service = compose.services[name];
  if (!service) throw new Error(`No service ${name}`);
  const image = imageBuildOf(service);
  return { ...(image ? imageEnv(stages, image) : {}), ...environmentOf(service) };
}

function configOf(name: string): Record<string, unknown> {
  return loadConfig(APP_SERVICES[name]?.schema as z.ZodObject, containerEnv(name));
}

function listeningPort(name: string): number {
  const app = APP_SERVICES[name];
  if (app) return configOf(name)[app.portVariable] as number;
  const port = STORE_PORTS[name];
  if (port === undefined) throw new Error(`${name} is neither an application service nor a known store`);
  return port;
}

/** Services a service waits for, directly or through the ones it waits for. */
function startedBefore(composeFile: ComposeFile, name: string, seen = new Set<string>()): Set<string> {
  for (const dependency of Object.keys(composeFile.services[name]?.depends_on ?? {})) {
    if (seen.has(dependency)) continue;
    seen.add(dependency);
    startedBefore(composeFile, dependency, seen);
  }
  return seen;
}

describe('docker-compose.yml and .env.example', () => {
  it('interpolates with the committed .env.example, which sets nothing compose does not use', () => {
    const used = referencedVariables(readRepoFile('docker-compose.yml'));
    expect(Object.keys(env).filter((name) => !used.has(name))).toEqual([]);
    expect(Object.keys(compose.services).sort()).toEqual(
      [...SUBGRAPHS, 'gateway', 'minio', 'minio-setup', 'postgres', 'redis'].sort(),
    );
  });

  it('refuses to start without the secrets, and writes none into the file', () => {
    for (const secret of [
      'JWT_SECRET',
      'AUDIO_URL_SECRET',
      'APP_PASSWORD_KEY',
      'POSTGRES_PASSWORD',
      'S3_SECRET_ACCESS_KEY',
    ]) {
      const { [secret]: _left, ...without } = env;
      expect(() => resolvedCompose(without), secret).toThrow(new RegExp(`${secret} is not set: set ${secret} in .env`));
    }
    const raw = rawCompose();
    for (const [name, service] of Object.entries(raw.services)) {
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        const text = String(value);
        if (/SECRET|PASSWORD|_KEY_ID|ROOT_USER|AUTH/.test(variable)) {
          expect(text, `${name} ${variable}`).toMatch(/^\$\{\w+:\?[^}]+\}$/);
        }
        const resolved = interpolate(text, env);
        if (/^\w+:\/\//.test(resolved) && new URL(resolved).password) {
          expect(text, `${name} ${variable} carries a password`).toMatch(/:\$\{\w+:\?[^}]+\}@/);
        }
      }
    }
    expect(readRepoFile('.gitignore').split('\n')).toContain('.env');
  });

  describe.each(Object.keys(APP_SERVICES))('%s', (name) => {
    const app = APP_SERVICES[name] as AppService;

    it('gets only variables its configuration accepts, and its configuration loads', () => {
      const variables = containerEnv(name);
      const accepted = new Set(Object.keys(app.schema.shape));
      expect(Object.keys(variables).filter((variable) => !accepted.has(variable))).toEqual([]);
      expect(() => configOf(name)).not.toThrow();
    });

    it('listens on every interface, on the port its healthchecks and EXPOSE name', () => {
      const config = configOf(name);
      const port = config[app.portVariable];
      expect(config[app.hostVariable]).toBe('0.0.0.0');

      const composeCheck = healthcheckUrl(compose.services[name]?.healthcheck?.test ?? []);
      expect(composeCheck.hostname).toBe('127.0.0.1');
      expect(Number(composeCheck.port)).toBe(port);

      const image = imageBuildOf(compose.services[name] ?? {}) as ImageBuild;
      // A subgraph image leaves its healthcheck to the deployment; the gateway's has its own.
      const [imageCheck] = instructionsOf(stages, image, 'HEALTHCHECK').map((instruction) => instruction.args);
      if (imageCheck) {
        const imageUrl = healthcheckUrl(imageCheck.map((part) => interpolate(part, containerEnv(name))));
        expect(Number(imageUrl.port)).toBe(port);
        expect(imageUrl.pathname).toBe(composeCheck.pathname);
      }

      const exposed = instructionsOf(stages, image, 'EXPOSE')
        .flatMap((instruction) => instruction.args)
        .map(Number);
      expect(exposed).toEqual([port]);
    });

    it('reaches other containers by service name, on the port each listens on', () => {
      const urls = Object.entries(containerEnv(name))
        .filter(([, value]) => /^(https?|postgres|redis):\/\//.test(value))
        .map(([variable, value]) => ({ variable, url: new URL(value) }));
      for (const { variable, url } of urls) {
        const target = url.hostname;
        expect(compose.services[target], `${name} ${variable} -> ${target}`).toBeDefined();
        expect(Number(url.port) || DEFAULT_PORTS[url.protocol], `${name} ${variable}`).toBe(listeningPort(target));
        // Stores must be up first; subgraphs only call each other lazily, and tolerate a late start.
        if (target in STORE_PORTS || name === 'gateway') {
          expect(startedBefore(compose, name), `${name} waits for ${target}`).toContain(target);
        }
      }
      if (name === 'gateway') {
        expect(urls.map(({ url }) => url.hostname).sort()).toEqual([...SUBGRAPHS].sort());
      }
    });
  });

  it('healthchecks ask paths every service serves', async () => {
    const paths = new Set(
      Object.keys(APP_SERVICES).map((name) => healthcheckUrl(compose.services[name]?.healthcheck?.test ?? []).pathname),
    );
    const app = createHttpApp({
      logger: createLogger({ service: 'test', level: 'silent', format: 'json' }),
      ready: async () => {},
      trustProxy: 'loopback',
    });
    const server = await listen(app, { host: '127.0.0.1', port: 0 });
    try {
      for (const path of paths) expect((await fetch(`${server.url}${path}`)).status, path).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('gives each subgraph its own database and role, created by the init script with the same password', () => {
    const postgres = environmentOf(compose.services.postgres ?? {});
    const created = (postgres.SP0T1FY_DATABASES ?? '').split(/\s+/).filter(Boolean);
    const databases = SUBGRAPHS.map((name) => {
      const url = new URL(configOf(name)[APP_SERVICES[name]?.databaseVariable as string] as string);
      const database = url.pathname.slice(1);
      expect(url.username, name).toBe(database);
      expect(created, name).toContain(database);
      expect(decodeURIComponent(url.password), name).toBe(postgres[`${database.toUpperCase()}_DB_PASSWORD`]);
      return database;
    });
    expect(new Set(databases).size).toBe(SUBGRAPHS.length);

    const volumes = compose.services.postgres?.volumes ?? [];
    expect(volumes).toContain(
      './deploy/postgres/create-databases.sh:/docker-entrypoint-initdb.d/10-create-databases.sh:ro',
    );
    const script = readRepoFile('deploy/postgres/create-databases.sh');
    expect(script).toContain('$SP0T1FY_DATABASES');
    expect(script).toContain('_DB_PASSWORD');
  });

  it('gives Redis and the object store the credentials the services use', () => {
    const redisPassword = new URL(configOf('catalog').REDIS_URL as string).password;
    for (const name of SUBGRAPHS) expect(new URL(configOf(name).REDIS_URL as string).password).toBe(redisPassword);
    const redis = compose.services.redis;
    expect(redis?.command).toEqual(expect.arrayContaining(['--requirepass', redisPassword]));
    expect(environmentOf(redis ?? {}).REDISCLI_AUTH).toBe(redisPassword);

    const catalog = configOf('catalog');
    const setup = environmentOf(compose.services['minio-setup'] ?? {});
    expect(catalog).toMatchObject({
      BLOB_STORE: 's3',
      S3_FORCE_PATH_STYLE: true,
      S3_BUCKET: setup.S3_BUCKET,
      S3_ACCESS_KEY_ID: setup.S3_ACCESS_KEY_ID,
      S3_SECRET_ACCESS_KEY: setup.S3_SECRET_ACCESS_KEY,
    });
    expect(new URL(setup.MINIO_URL as string).host).toBe(new URL(catalog.S3_ENDPOINT as string).host);
    // The catalog works with its own bucket-scoped account, never MinIO's root one.
    expect(catalog.S3_ACCESS_KEY_ID).not.toBe(setup.MINIO_ROOT_USER);
  });

  it('starts each service once what it needs is healthy, and every awaited service has a healthcheck', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        const awaited = compose.services[dependency];
        expect(awaited, `${name} depends on ${dependency}`).toBeDefined();
        if (condition === 'service_completed_successfully') {
          expect(awaited?.restart ?? 'no', `${dependency} is a one-shot`).toBe('no');
        } else {
          expect(condition, `${name} -> ${dependency}`).toBe('service_healthy');
          expect(awaited?.healthcheck?.test, `${dependency} has a healthcheck`).toBeDefined();
        }
      }
      if (service.restart !== 'no') expect(service.healthcheck?.test, `${name} has a healthcheck`).toBeDefined();
    }
  });

  it('keeps no state in an application container: data in PostgreSQL, Redis and S3, keys from configuration', () => {
    for (const name of Object.keys(APP_SERVICES)) {
      expect(compose.services[name]?.volumes, `${name} mounts nothing`).toBeUndefined();
    }
    for (const name of SUBGRAPHS) {
      const config = configOf(name);
      expect(config[APP_SERVICES[name]?.databaseVariable as string], name).toMatch(/^postgres:\/\//);
      expect(config.REDIS_URL, name).toMatch(/^redis:\/\//);
      // Without these, a service would generate a secret into its own DATA_DIR.
      expect(config.JWT_SECRET, name).toEqual(expect.any(String));
    }
    expect(configOf('catalog')).toMatchObject({ BLOB_STORE: 's3', AUDIO_URL_SECRET: expect.any(String) });
    expect(configOf('users')).toMatchObject({ APP_PASSWORD_KEY: expect.any(String) });

    // The stores' data lives in named volumes.
    const declared = Object.keys(compose.volumes ?? {});
    for (const store of Object.keys(STORE_PORTS)) {
      const named = (compose.services[store]?.volumes ?? []).map((volume) => volume.split(':')[0]);
      expect(
        named.some((volume) => declared.includes(volume as string)),
        store,
      ).toBe(true);
    }
  });

  it('refuses to run the catalog on object storage without shared signing keys', () => {
    for (const secret of ['JWT_SECRET', 'AUDIO_URL_SECRET']) {
      const { [secret]: _left, ...without } = containerEnv('catalog');
      expect(() => loadConfig(catalogEnv, without)).toThrow(ConfigError);
      expect(() => loadConfig(catalogEnv, without)).toThrow(new RegExp(`${secret}: is required when BLOB_STORE=s3`));
    }
  });

  it('publishes only the gateway, on its port, to this host unless told otherwise', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (name !== 'gateway') expect(service.ports, name).toBeUndefined();
    }
    const [published] = compose.services.gateway?.ports ?? [];
    const [address, hostPort, containerPort] = (published ?? '').split(':');
    expect(address).toBe('127.0.0.1');
    expect(Number(hostPort)).toBe(4000);
    expect(Number(containerPort)).toBe(listeningPort('gateway'));
  });
});
