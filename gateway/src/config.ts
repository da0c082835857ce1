import { commonEnv, type Environment, env, loadConfig } from '@sp0t1fy/platform';
import { type SubgraphEntry, subgraphs, variablesOf } from '@sp0t1fy/schema';
import { z } from 'zod';

export const gatewayEnv = z.object({
  NODE_ENV: commonEnv.NODE_ENV,
  LOG_LEVEL: commonEnv.LOG_LEVEL,
  LOG_FORMAT: commonEnv.LOG_FORMAT,
  PORT: env.port(4000),
  /** 127.0.0.1 keeps the product on this machine; 0.0.0.0 serves the local network too. */
  GATEWAY_HOST: commonEnv.HOST,
  /** Set when a load balancer or CDN sits in front of the gateway, so sign-in throttling sees real client addresses. */
  TRUST_PROXY: commonEnv.TRUST_PROXY,
  /** A subgraph that does not answer within this time fails its part of the query, not the whole gateway. */
  SUBGRAPH_TIMEOUT_MS: env.positiveInt(15_000),
  /** Largest audio file accepted, in bytes; the catalog enforces the same variable. At most 2 GiB - 1. */
  MAX_UPLOAD_BYTES: env.positiveInt(100 * 1024 * 1024).pipe(z.number().max(2 ** 31 - 1)),
  /** The built web app; defaults to the web workspace's build. */
  WEB_DIST_DIR: env.optionalString(),
  /** Origins (comma-separated) allowed to call the API from a browser; empty means same-origin only. */
  CORS_ORIGINS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() ? value : undefined),
    z
      .string()
      .optional()
      .transform((value) => (value ? value.split(',').map((origin) => origin.trim()) : []))
      .pipe(z.array(z.url())),
  ),
});

/** The gateway's variables with each subgraph's `<NAME>_URL`. */
export const gatewayEnvWith = (entries: readonly SubgraphEntry[]) =>
  gatewayEnv.extend(Object.fromEntries(entries.map((entry) => [variablesOf(entry).url, env.optionalUrl()])));

/** A subgraph of the supergraph and, when it runs in a process of its own, where (its `<NAME>_URL`). */
export interface ConfiguredSubgraph extends SubgraphEntry {
  url?: string | undefined;
}

export type GatewayConfig = z.infer<typeof gatewayEnv> & { subgraphs: ConfiguredSubgraph[] };

/**
 * The gateway's settings and, for each subgraph of the registry, its `<NAME>_URL` (e.g. CATALOG_URL):
 * set, the subgraph is reached there (the separate layout); unset, the gateway hosts it in its own
 * process (the one-process layout of `npm start`).
 */
export function loadGatewayConfig(source: Environment = process.env, entries = subgraphs): GatewayConfig {
  const urlVariables = entries.map((entry) => variablesOf(entry).url);
  const config = loadConfig(gatewayEnvWith(entries), source) as z.infer<typeof gatewayEnv> &
    Record<string, string | undefined>;
  return {
    ...config,
    subgraphs: entries.map((entry, index) => ({ ...entry, url: config[urlVariables[index] as string] })),
  };
}
