import { badUserInput } from '@sp0t1fy/platform';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { validateMetadata } from '../providers/song-metadata.js';
import type { IncomingFile } from '../providers/song-uploads.js';

export const Mutation: MutationResolvers = {
  async uploadSong(_parent, { file, metadata }, context) {
    // Refusals that need no file come first, before a byte of it is read.
    const viewer = await context.auth.requireViewer();
    const details = validateMetadata(metadata);
    const song = await context.uploads.upload(await receivedFile(file), details, viewer.userId, context.callerGone);
    context.log.info({ songId: song.id, sha256: song.sha256, sizeBytes: song.size_bytes }, 'song uploaded');
    return song;
  },

  async updateSong(_parent, { id, metadata }, context) {
    const viewer = await context.auth.requireViewer();
    return context.changes.update(id, validateMetadata(metadata), viewer.userId);
  },

  async deleteSong(_parent, { id }, context) {
    const viewer = await context.auth.requireViewer();
    await context.changes.delete(id, viewer.userId);
    context.log.info({ songId: id }, 'song deleted');
    return true;
  },

  async uploadLyrics(_parent, { songId, file }, context) {
    const viewer = await context.auth.requireViewer();
    const uploaded = await context.lyricsUploads.upload(songId, await receivedFile(file), viewer.userId);
    context.log.info({ songId, skippedLines: uploaded.skippedLines }, 'lyrics uploaded');
    return uploaded;
  },

  async removeLyrics(_parent, { songId }, context) {
    const viewer = await context.auth.requireViewer();
    return context.lyricsUploads.remove(songId, viewer.userId);
  },
};

/** The Upload resolves once its part arrives; a request that ends without it rejects with an HTTP error. */
async function receivedFile(file: Promise<IncomingFile>): Promise<IncomingFile> {
  try {
    return await file;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 400 || status === 413)
      throw badUserInput('Send the file as the request\'s "file"', { field: 'file' });
    // busboy's own errors (a body cut short, a malformed part) carry no status: the request's fault.
    throw badUserInput('The file did not arrive whole; send it again', { field: 'file' });
  }
}
