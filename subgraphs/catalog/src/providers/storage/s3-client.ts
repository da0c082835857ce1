import { S3Client } from '@aws-sdk/client-s3';
import type { CatalogConfig } from '../../config.js';

/** A client for the configured S3-compatible store, with connections kept for the audio streams. */
export function createS3Client(
  config: Pick<
    CatalogConfig,
    'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE' | 'S3_MAX_SOCKETS'
  >,
): S3Client {
  const agent = { keepAlive: true, maxSockets: config.S3_MAX_SOCKETS };
  return new S3Client({
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials:
      config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
        : undefined,
    // No socket idle timeout: a paused stream (a listener's buffer is full) is idle, not stuck.
    requestHandler: { connectionTimeout: 5_000, httpAgent: agent, httpsAgent: agent },
  });
}
