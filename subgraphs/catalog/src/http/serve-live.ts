import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Streams a transcode while ffmpeg makes it. Its length is unknown until it is done, so a Range
 * request is answered without ranges (200, the whole body from byte 0, Accept-Ranges: none): the
 * audio element plays from the start and can seek once a later request finds the kept file. Not
 * cached by the browser: the kept file has an ETag and ranges, which is what should be cached.
 */
export async function serveLive(
  req: IncomingMessage,
  res: ServerResponse,
  options: { contentType: string; body?: () => Readable },
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 }).end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': options.contentType,
    'Cache-Control': 'no-store',
    'Accept-Ranges': 'none',
    'X-Content-Type-Options': 'nosniff',
  });
  // HEAD starts no ffmpeg.
  if (req.method === 'HEAD' || !options.body) {
    res.end();
    return;
  }
  const body = options.body();
  // Headers go out at once so the client is not left waiting on a queued transcode with nothing.
  res.flushHeaders();
  try {
    await pipeline(body, res);
  } catch (error) {
    // The client left (pipeline destroyed the body, which stops ffmpeg if nobody else listens), or
    // ffmpeg failed mid-way: the connection is cut so a short body is not taken for the whole.
    if (!res.destroyed) res.destroy(error as Error);
  }
}
