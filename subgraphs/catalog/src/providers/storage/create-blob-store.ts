import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import type { CatalogConfig } from '../../config.js';
import type { BlobStore } from './blob-store.js';
import { LocalBlobStore } from './local-blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

export interface BlobStorage {
  blobs: BlobStore;
  /**
   * Where uploads are staged while they are hashed and probed. Beside the blobs on local disk, so
   * storing is a rename; with S3 the only thing the catalog writes to its own disk, and transient.
   */
  tempDir: string;
}

/** The blob store BLOB_STORE names; an S3 bucket is checked at once, so a bad setting stops the start. */
export async function createBlobStorage(config: CatalogConfig): Promise<BlobStorage> {
  const storageDir = join(config.DATA_DIR, 'catalog');
  const tempDir = join(storageDir, 'tmp');
  // Local uploads are staged on the blobs' file system, so storing one is an atomic rename, not a copy.
  if (config.BLOB_STORE === 'local') return { blobs: new LocalBlobStore(join(storageDir, 'blobs')), tempDir };

  const blobs = new S3BlobStore({ client: createS3Client(config), bucket: config.S3_BUCKET as string });
  await blobs.verifyBucket();
  return { blobs, tempDir };
}

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
