/**
 * A real S3-protocol server for tests: s3rver (a development dependency), run as its own process on a
 * free port with one empty bucket, so the catalog talks to it over HTTP exactly as to MinIO or AWS.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

export interface S3TestServer {
  endpoint: string;
  bucket: string;
  /** The catalog's variables for BLOB_STORE=s3 on this server. */
  env: Record<string, string>;
  /** The keys of every object in the bucket, sorted: what a test expects the catalog to have stored. */
  objectKeys(): Promise<string[]>;
  close(): Promise<void>;
}

// s3rver's fixed development account.
const ACCESS_KEY_ID = 'S3RVER';
const SECRET_ACCESS_KEY = 'S3RVER';

export async function startS3TestServer({ bucket = 'sp0t1fy-test' }: { bucket?: string } = {}): Promise<S3TestServer> {
  const directory = await mkdtemp(join(tmpdir(), 'sp0t1fy-s3rver-'));
  const bin = createRequire(import.meta.url).resolve('s3rver/bin/s3rver.js');
  const child = spawn(
    process.execPath,
    [bin, '--directory', directory, '--address', '127.0.0.1', '--port', '0', '--silent', '--no-vhost-buckets'].concat([
      '--configure-bucket',
      bucket,
    ]),
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let client: S3Client | undefined;
  const close = async () => {
    client?.destroy();
    await stop(child);
    await rm(directory, { recursive: true, force: true });
  };
  try {
    const port = await listeningPort(child);
    const endpoint = `http://127.0.0.1:${port}`;
    const s3 = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY },
    });
    client = s3;
    return {
      endpoint,
      bucket,
      async objectKeys() {
        const keys: string[] = [];
        let token: string | undefined;
        do {
          const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
          for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
          token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
        return keys.sort();
      },
      env: {
        BLOB_STORE: 's3',
        S3_ENDPOINT: endpoint,
        S3_REGION: 'us-east-1',
        S3_BUCKET: bucket,
        S3_ACCESS_KEY_ID: ACCESS_KEY_ID,
        S3_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
        S3_FORCE_PATH_STYLE: 'true',
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** s3rver prints "S3rver listening on <address>:<port>" once it accepts connections. */
function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => fail(new Error(`s3rver did not start within 30 s: ${stderr}`)), 30_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on [^\s]+:(\d+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`s3rver exited (${code}) before listening: ${stderr}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
