import { commonEnv, env, loadConfig } from '@sp0t1fy/platform';
import { z } from 'zod';

const subgraphUrl = (port: number) => env.url().default(`http://127.0.0.1:${port}`);

export const gatewayEnv = z.object({
  NODE_ENV: commonEnv.NODE_ENV,
  LOG_LEVEL: commonEnv.LOG_LEVEL,
  LOG_FORMAT: commonEnv.LOG_FORMAT,
  PORT: env.port(4000),
  /** 127.0.0.1 keeps the product on this machine; 0.0.0.0 serves the local network too. */
  GATEWAY_HOST: commonEnv.HOST,
  /** Set when a load balancer or CDN sits in front of the gateway, so sign-in throttling sees real client addresses. */
  TRUST_PROXY: commonEnv.TRUST_PROXY,
  USERS_URL: subgraphUrl(4001),
  CATALOG_URL: subgraphUrl(4002),
  PLAYBACK_URL: subgraphUrl(4003),
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

export type GatewayConfig = z.infer<typeof gatewayEnv>;

export const loadGatewayConfig = (source?: Record<string, string | undefined>) => loadConfig(gatewayEnv, source);
