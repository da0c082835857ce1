import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDARY, multipartBody, UPLOAD_TO_ANY_HOP, uploadParts } from './support/multipart.js';
import { type SeededUser, seed } from './support/seed.js';
import { stackVariants, startStack, type TestStack } from './support/stack.js';
import { catalogStorage, listFiles, readFixture } from './support/uploads.js';

/**
 * A client that goes away in the middle of an upload, at the gateway (which is streaming the file
 * on to the catalog) and straight at the catalog (the second hop on its own): no row, no blob and
 * no temp file may be left, and both services keep serving.
 */

async function waitFor<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const value = await probe();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.each(await stackVariants())('an upload aborted halfway ($label)', (backend) => {
  let stack: TestStack;
  let owner: SeededUser;
  let file: Buffer;

  const stored = async () => {
    const { blobs, tmp } = catalogStorage(stack.dataDir);
    const library = await owner.client.request<{ songs: { totalCount: number } }>('{ songs { totalCount } }');
    return { songs: library.data?.songs.totalCount, blobs: await listFiles(blobs), staged: await listFiles(tmp) };
  };

  /**
   * Sends the request up to the middle of the file, waits until the catalog is writing it to a temp
   * file (so the abort lands mid-stream, on both hops), then destroys the connection.
   */
  async function abortHalfway(baseUrl: string) {
    const body = multipartBody(uploadParts(UPLOAD_TO_ANY_HOP, file, 'half.mp3'));
    const half = body.length - Math.floor(file.length / 2);
    const request = httpRequest(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': body.length,
        'apollo-require-preflight': 'true',
        authorization: `Bearer ${owner.token}`,
      },
    });
    let answered = false;
    request.on('response', () => {
      answered = true;
    });
    request.on('error', () => {}); // the abort below is this client's own doing
    request.write(body.subarray(0, half));
    await waitFor('the catalog to stage the upload', stored, (state) => state.staged.length > 0);
    request.destroy();
    return { answeredBeforeAbort: () => answered };
  }

  beforeAll(async () => {
    stack = await startStack(backend, { layout: backend.layout });
    owner = await seed(stack.client).user();
    await seed(stack.client).song(owner, 'speech-cbr128.mp3');
    file = await readFixture('tones-with-cover.mp3');
  });
  afterAll(() => stack?.close());

  it.each([
    ['at the gateway, while it streams the file on to the catalog', () => stack.gatewayUrl],
    ['straight at the catalog', () => stack.services.catalog?.url as string],
  ])('leaves no row, blob or temp file when the client goes away %s', async (_where, url) => {
    const before = await stored();
    expect(before.staged).toEqual([]);
    const upload = await abortHalfway(url());
    expect(upload.answeredBeforeAbort()).toBe(false);

    const after = await waitFor('the temp file to go', stored, (state) => state.staged.length === 0);
    expect(after).toEqual(before);
    for (const service of [stack.gatewayUrl, stack.services.catalog?.url]) {
      expect((await fetch(`${service}/health`)).status).toBe(200);
    }
    // The same file, sent whole, still goes through.
    const again = await seed(stack.client).song(owner, 'tones-with-cover.mp3');
    expect(again.sizeBytes).toBe(file.length);
    const deleted = await owner.client.request('mutation ($id: ID!) { deleteSong(id: $id) }', { id: again.id });
    expect(deleted.errors).toBeUndefined();
    expect(await stored()).toEqual(before);
  });
});
