/**
 * The upload baseline: a plain Node HTTP server that writes each request body to a file on disk and
 * answers with its size. Prints its URL on stdout.
 *   node --import tsx src/baselines/upload-server.ts <directory>
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const directory = process.argv[2];
if (!directory) throw new Error('usage: upload-server.ts <directory>');
let next = 0;
const server = http.createServer(async (request, response) => {
  const path = join(directory, `upload-${next++}`);
  const file = createWriteStream(path);
  try {
    await pipeline(request, file);
    response.end(JSON.stringify({ bytes: file.bytesWritten }));
  } catch (error) {
    response.statusCode = 500;
    response.end(String(error));
  } finally {
    await rm(path, { force: true });
  }
});
server.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
});
