import type { Response, Router } from 'express';
import type { ServeBlobOptions } from '../http/serve-blob.js';
import { serveBlob } from '../http/serve-blob.js';
import type { MediaKind, MediaUrls } from '../providers/media-urls.js';
import type { SongsRepository } from '../providers/songs-repository.js';
import { BlobNotFoundError, type BlobStore } from '../providers/storage/blob-store.js';

const KINDS = new Set<string>(['audio', 'cover']);

/**
 * GET and HEAD /media/songs/:id/audio and /media/songs/:id/cover: the bytes behind Song.streamUrl and
 * Song.coverUrl, with Range and conditional requests, for a URL signed by the catalog. The gateway
 * proxies /media/* so they are on the web app's origin.
 */
export function mediaRoutes(
  router: Router,
  { songs, blobs, mediaUrls }: { songs: SongsRepository; blobs: BlobStore; mediaUrls: MediaUrls },
): void {
  router.get('/media/songs/:id/:kind', async (req, res) => {
    const { id, kind } = req.params;
    if (!KINDS.has(kind)) return refuse(res, 404, 'Not found');
    const check = mediaUrls.verify(kind as MediaKind, id, req.query);
    if (check === 'forged') return refuse(res, 403, 'This link is not valid');
    if (check === 'expired') return refuse(res, 410, 'This link has expired; reload the song to get a new one');

    const song = await songs.findById(id).catch((error: unknown) => {
      req.log.error({ err: error }, 'could not look up a song for media');
      return undefined;
    });
    if (song === undefined) return refuse(res, 503, 'The catalog is unavailable');
    const blob: Pick<ServeBlobOptions, 'key' | 'sizeBytes' | 'contentType'> | null = !song
      ? null
      : kind === 'audio'
        ? { key: song.sha256, sizeBytes: Number(song.size_bytes), contentType: song.mime_type }
        : song.cover_sha256 && song.cover_mime_type && song.cover_size_bytes !== null
          ? { key: song.cover_sha256, sizeBytes: song.cover_size_bytes, contentType: song.cover_mime_type }
          : null;
    if (!blob) return refuse(res, 404, kind === 'audio' ? 'There is no such song' : 'This song has no cover');

    // Stored files are served as data, never as a document of this origin.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    try {
      await serveBlob(req, res, { blobStore: blobs, ...blob, etag: `"${blob.key}"`, lastModified: song?.created_at });
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      req.log.error({ err: error, songId: id, blob: blob.key }, 'could not read a stored file');
      refuse(res, error instanceof BlobNotFoundError ? 404 : 500, 'The file could not be read');
    }
  });
}

function refuse(res: Response, status: number, message: string): void {
  res.removeHeader('Content-Security-Policy');
  res.status(status).set('Cache-Control', 'no-store').json({ error: message });
}
