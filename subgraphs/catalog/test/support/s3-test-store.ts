import { S3BlobStore } from '../../src/providers/storage/s3-blob-store.js';
import { createS3Client } from '../../src/providers/storage/s3-client.js';
import { startS3TestServer } from '../../src/testing/s3-test-server.js';

export interface S3TestStore {
  store: S3BlobStore;
  /** Destroys the client, then stops the server. */
  close(): Promise<void>;
}

/**
 * The catalog's S3 blob store on a fresh s3rver, with the client the catalog itself makes
 * (createS3Client); `partSizeBytes` lowers the multipart threshold for tests of large uploads.
 */
export async function openS3TestStore({
  maxSockets,
  partSizeBytes,
}: {
  maxSockets: number;
  partSizeBytes?: number;
}): Promise<S3TestStore> {
  const server = await startS3TestServer();
  const client = createS3Client({
    S3_ENDPOINT: server.endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: server.env.S3_ACCESS_KEY_ID,
    S3_SECRET_ACCESS_KEY: server.env.S3_SECRET_ACCESS_KEY,
    S3_FORCE_PATH_STYLE: true,
    S3_MAX_SOCKETS: maxSockets,
  });
  const close = async () => {
    client.destroy();
    await server.close();
  };
  try {
    const store = new S3BlobStore({ client, bucket: server.bucket, partSizeBytes });
    await store.verifyBucket();
    return { store, close };
  } catch (error) {
    await close();
    throw error;
  }
}
