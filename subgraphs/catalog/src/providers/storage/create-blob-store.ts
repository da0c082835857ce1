import { join } from 'node:path';
import type { CatalogConfig } from '../../config.js';
import type { BlobStore } from './blob-store.js';
import { LocalBlobStore } from './local-blob-store.js';

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

  // The AWS SDK is loaded only for S3: a local install does not hold its ~20 MB of code in memory.
  const [{ S3BlobStore }, { createS3Client }] = await Promise.all([
    import('./s3-blob-store.js'),
    import('./s3-client.js'),
  ]);
  const blobs = new S3BlobStore({ client: createS3Client(config), bucket: config.S3_BUCKET as string });
  await blobs.verifyBucket();
  return { blobs, tempDir };
}
