import { commonEnv, env, loadConfig, unsetIfEmpty, usersUrlEnv } from '@sp0t1fy/platform';
import { z } from 'zod';

/** Song.sizeBytes is a GraphQL Int, so no stored file may exceed 2 GiB - 1 bytes. */
const MAX_STORABLE_BYTES = 2 ** 31 - 1;

export const catalogEnv = z
  .object({
    ...commonEnv,
    CATALOG_PORT: env.port(4002),
    /** PostgreSQL for the catalog service; without it, an embedded PGlite under DATA_DIR/catalog. */
    CATALOG_DATABASE_URL: env.optionalUrl(),
    /**
     * Playback's private URL, whose play feed gives albums and artists their play counts; unset when
     * it is hosted in the same process or started after the catalog (the host tells it then).
     */
    PLAYBACK_URL: env.optionalUrl(),
    /** How often to look for new counted plays. */
    PLAY_FEED_POLL_MS: env.positiveInt(2_000),
    ...usersUrlEnv,
    /** Largest audio file accepted, in bytes (the gateway enforces the same variable). */
    MAX_UPLOAD_BYTES: env.positiveInt(100 * 1024 * 1024).pipe(z.number().max(MAX_STORABLE_BYTES)),
    /** HMAC key for the signed audio and cover URLs; generated into DATA_DIR when unset. */
    AUDIO_URL_SECRET: env.secret(),
    /** How long a streamUrl keeps working: long enough for a listening session to keep seeking. */
    AUDIO_URL_TTL_SECONDS: env.positiveInt(6 * 60 * 60),
    /** The ffmpeg to run; unset: the first on the PATH, else the build @ffmpeg-installer/ffmpeg ships. */
    FFMPEG_PATH: env.optionalString(),
    /** Kept transcodes and scaled covers, on this instance's disk; default DATA_DIR/catalog/transcodes. */
    TRANSCODE_CACHE_DIR: env.optionalString(),
    /** Size budget of the kept transcodes; beyond it the least recently used are deleted. */
    TRANSCODE_CACHE_BYTES: env.positiveInt(2 * 1024 ** 3),
    /** ffmpeg processes transcoding at once; further requests wait in order. */
    TRANSCODE_CONCURRENCY: env.positiveInt(2),
    /** Received uploads checked and measured (decoded whole by ffmpeg) at once; the others wait in order. */
    UPLOAD_ANALYSIS_CONCURRENCY: env.positiveInt(2),
    /** Where audio and covers live: local disk under DATA_DIR, or an S3-compatible object store. */
    BLOB_STORE: z.preprocess(unsetIfEmpty, z.enum(['local', 's3']).default('local')),
    /** Unset for AWS itself; the server's URL for MinIO, R2, Ceph and other S3-compatible stores. */
    S3_ENDPOINT: env.optionalUrl(),
    S3_REGION: z.preprocess(unsetIfEmpty, z.string().default('us-east-1')),
    S3_BUCKET: env.optionalString(),
    /** Both unset: the AWS SDK's own chain (instance or task role, AWS_* variables, shared profile). */
    S3_ACCESS_KEY_ID: env.optionalString(),
    S3_SECRET_ACCESS_KEY: env.optionalString(),
    /** bucket-in-path URLs, which MinIO and most self-hosted stores need. */
    S3_FORCE_PATH_STYLE: env.boolean(false),
    /** Concurrent connections to the object store; each audio stream in flight holds one. */
    S3_MAX_SOCKETS: env.positiveInt(256),
  })
  .superRefine((config, context) => {
    if (config.BLOB_STORE !== 's3') return;
    const problem = (variable: string, message: string) =>
      context.addIssue({ code: 'custom', path: [variable], message });
    if (!config.S3_BUCKET) problem('S3_BUCKET', 'is required when BLOB_STORE=s3');
    if (Boolean(config.S3_ACCESS_KEY_ID) !== Boolean(config.S3_SECRET_ACCESS_KEY)) {
      problem('S3_SECRET_ACCESS_KEY', 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together or not at all');
    }
    // Object storage means several instances, possibly on machines without a shared disk: a secret
    // generated into one instance's DATA_DIR would make the others refuse its tokens and audio links.
    for (const secret of ['JWT_SECRET', 'AUDIO_URL_SECRET'] as const) {
      if (!config[secret]) problem(secret, 'is required when BLOB_STORE=s3 (every instance must share it)');
    }
  });

export type CatalogConfig = z.infer<typeof catalogEnv>;

export const loadCatalogConfig = (source?: Record<string, string | undefined>) => loadConfig(catalogEnv, source);
