import type { MethodGroup } from '../method.js';

/**
 * The OpenSubsonic extensions we really support. formPost: every method takes its parameters as a
 * form-encoded POST body too. apiKeyAuthentication: an app password as apiKey. songLyrics:
 * getLyricsBySongId, synced lines where the song has them.
 */
export const OPEN_SUBSONIC_EXTENSIONS = [
  { name: 'apiKeyAuthentication', versions: [1] },
  { name: 'formPost', versions: [1] },
  { name: 'songLyrics', versions: [1] },
];

export const system: MethodGroup = {
  ping: { run: async () => ({}) },
  getLicense: { run: async () => ({ license: { valid: true } }) },
  getOpenSubsonicExtensions: {
    public: true,
    run: async () => ({ openSubsonicExtensions: OPEN_SUBSONIC_EXTENSIONS }),
  },
};
