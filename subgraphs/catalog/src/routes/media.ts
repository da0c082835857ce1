import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@sp0t1fy/platform';
import type { Router } from 'express';
import { serveBlob } from '../http/serve-blob.js';
import { serveLive } from '../http/serve-live.js';
import type { MediaKind, MediaUrls, MediaVariant } from '../providers/media-urls.js';
import type { MediaBlob, SongMedia } from '../providers/song-media.js';
import { BlobNotFoundError, type BlobStore } from '../providers/storage/blob-store.js';
import type { MediaMaker } from '../providers/transcoding/media-maker.js';
import {
  audioOutputArgs,
  coverOutputArgs,
  SCALED_COVER_CONTENT_TYPE,
  TRANSCODE_CONTENT_TYPES,
} from '../providers/transcoding/recipes.js';
import { isLadderRate } from '../providers/transcoding/stream-choice.js';
import { cacheKey } from '../providers/transcoding/transcode-cache.js';

const KINDS = new Set<string>(['audio', 'cover']);
const PREFIX = '/media/songs/';

export interface MediaHandlerDependencies {
  songMedia: SongMedia;
  blobs: BlobStore;
  mediaUrls: MediaUrls;
  /** Transcodes and scaled covers (links with format/bitrate or size). */
  maker: MediaMaker;
  /** For failures when the request carries no logger of its own (pino-http's req.log). */
  logger: Logger;
}

/**
 * GET and HEAD /media/songs/:id/audio and /media/songs/:id/cover: the bytes behind Song.streamUrl and
 * Song.coverUrl, with Range and conditional requests, for a URL signed by the catalog. The gateway
 * proxies /media/* so they are on the web app's origin.
 *
 * A plain node:http handler that reads nothing Express adds, so any server can mount it. Per request
 * it checks the signature (HMAC), finds the blob in SongMedia's short-lived memory (a database
 * lookup every couple of seconds per song) and answers from the blob store.
 */
export function createMediaHandler(deps: MediaHandlerDependencies) {
  const { songMedia, blobs, mediaUrls, maker } = deps;

  return async function mediaHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = parseTarget(req.url ?? '');
    if (!target) return refuse(res, 404, 'Not found');
    const { id, kind, query } = target;
    const check = mediaUrls.verify(kind, id, query);
    if (check === 'forged') return refuse(res, 403, 'This link is not valid');
    if (check === 'expired') return refuse(res, 410, 'This link has expired; reload the song to get a new one');

    const log = (req as { log?: Logger }).log ?? deps.logger;
    let blob: Awaited<ReturnType<SongMedia['find']>>;
    try {
      blob = await songMedia.find(id, kind);
    } catch (error) {
      log.error({ err: error }, 'could not look up a song for media');
      return refuse(res, 503, 'The catalog is unavailable');
    }
    if (!blob) return refuse(res, 404, kind === 'audio' ? 'There is no such song' : 'This song has no cover');

    // Stored files are served as data, never as a document of this origin.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    const variant = mediaUrls.variantOf(query);
    if (variant) {
      // Signed, so ours; still, only rates on the ladder are made (each is a file kept per song).
      if ('bitrate' in variant && !isLadderRate(variant.bitrate)) return refuse(res, 403, 'This link is not valid');
      try {
        await serveVariant(req, res, maker, blob, variant);
      } catch (error) {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        log.error({ err: error, songId: id, blob: blob.key }, 'could not serve a transcode');
        refuse(res, 500, 'The file could not be made');
      }
      return;
    }
    try {
      await serveBlob(req, res, { blobStore: blobs, ...blob, etag: `"${blob.key}"` });
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      log.error({ err: error, songId: id, blob: blob.key }, 'could not read a stored file');
      refuse(res, error instanceof BlobNotFoundError ? 404 : 500, 'The file could not be read');
    }
  };
}

/**
 * A transcode or scaled cover: the kept file exactly as an original is served (Range, ETag), else
 * ffmpeg's output as it is made.
 */
async function serveVariant(
  req: IncomingMessage,
  res: ServerResponse,
  maker: MediaMaker,
  source: MediaBlob,
  variant: MediaVariant,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 }).end();
    return;
  }
  const [recipe, outputArgs, contentType] =
    'size' in variant
      ? [`cover:${variant.size}`, coverOutputArgs(variant.size), SCALED_COVER_CONTENT_TYPE]
      : [
          `${variant.format}:${variant.bitrate}`,
          audioOutputArgs(variant.format, variant.bitrate),
          TRANSCODE_CONTENT_TYPES[variant.format],
        ];
  const key = cacheKey(source.key, recipe);
  const kept = maker.cache.lookup(key);
  if (kept) {
    try {
      await serveBlob(req, res, { blobStore: maker.cache.store, ...kept, contentType, etag: `"${key}"` });
      return;
    } catch (error) {
      // Evicted between the lookup and the read: made again below.
      if (!(error instanceof BlobNotFoundError) || res.headersSent) throw error;
      maker.cache.forget(key);
    }
  }
  if (req.method === 'HEAD') return serveLive(req, res, { contentType });
  const made = maker.get(key, source.key, outputArgs);
  if (made.kind === 'kept') {
    await serveBlob(req, res, { blobStore: maker.cache.store, ...made.file, contentType, etag: `"${key}"` });
    return;
  }
  await serveLive(req, res, { contentType, body: () => made.body });
}

/** Mounts the handler on the catalog's app. */
export function mediaRoutes(router: Router, deps: MediaHandlerDependencies): void {
  const handler = createMediaHandler(deps);
  router.get('/media/songs/:id/:kind', (req, res) => handler(req, res));
}

/**
 * `/media/songs/<id>/<kind>?user&expires&signature`, or null. A parameter given twice counts as
 * missing (so the link is forged): which copy the signature covered would be a guess.
 */
function parseTarget(url: string): { id: string; kind: MediaKind; query: Record<string, string | undefined> } | null {
  if (!url.startsWith(PREFIX)) return null;
  const questionMark = url.indexOf('?');
  const path = url.slice(PREFIX.length, questionMark === -1 ? undefined : questionMark);
  const slash = path.indexOf('/');
  if (slash === -1 || path.indexOf('/', slash + 1) !== -1) return null;
  const kind = path.slice(slash + 1);
  if (!KINDS.has(kind)) return null;
  let id: string;
  try {
    id = decodeURIComponent(path.slice(0, slash));
  } catch {
    return null; // malformed percent-encoding
  }
  const params = new URLSearchParams(questionMark === -1 ? '' : url.slice(questionMark + 1));
  const single = (name: string) => {
    const values = params.getAll(name);
    return values.length === 1 ? values[0] : undefined;
  };
  return {
    id,
    kind: kind as MediaKind,
    query: {
      user: single('user'),
      expires: single('expires'),
      signature: single('signature'),
      ...optional('format', params),
      ...optional('bitrate', params),
      ...optional('size', params),
    },
  };
}

/** Absent stays absent (a stored file's link); given twice becomes '' (malformed, so forged). */
function optional(name: string, params: URLSearchParams): Record<string, string> {
  const values = params.getAll(name);
  if (values.length === 0) return {};
  return { [name]: values.length === 1 ? (values[0] as string) : '' };
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.removeHeader('Content-Security-Policy');
  const body = JSON.stringify({ error: message });
  res
    .writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    })
    .end(body);
}
