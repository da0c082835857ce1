import { badUserInput } from '@sp0t1fy/platform';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';

/** One call answers a batch of an import's files; more would make one statement of unbounded size. */
export const MAX_SHA256S_PER_CALL = 500;

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** Which of these files the library already holds, for clients that upload only what is missing. */
export const songsBySha256: NonNullable<QueryResolvers['songsBySha256']> = async (_parent, { sha256s }, context) => {
  await context.auth.requireViewer();
  if (sha256s.length > MAX_SHA256S_PER_CALL) {
    throw badUserInput(`Ask about at most ${MAX_SHA256S_PER_CALL} hashes per call`, {
      field: 'sha256s',
      max: MAX_SHA256S_PER_CALL,
    });
  }
  const malformed = sha256s.find((sha256) => !SHA256_HEX.test(sha256));
  if (malformed !== undefined) {
    throw badUserInput('Each hash is a SHA-256 in hex: 64 characters 0-9 and a-f', {
      field: 'sha256s',
      index: sha256s.indexOf(malformed),
    });
  }
  // Stored digests are lowercase; an uppercase spelling names the same file.
  const songs = await context.songs.findBySha256s([...new Set(sha256s.map((sha256) => sha256.toLowerCase()))]);
  for (const song of songs) context.songById.prime(song.id, song);
  return songs;
};
