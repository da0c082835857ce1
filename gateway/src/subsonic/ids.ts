/**
 * Subsonic ids: songs bare (the supergraph's id), albums al-<id>, artists ar-<id>, playlists
 * pl-<id>, smart playlists sp-<id>. Anything else, such as SQL or path fragments, decodes to nothing (70 not found).
 */
export type IdKind = 'song' | 'album' | 'artist' | 'playlist' | 'smartPlaylist';

export interface DecodedId {
  kind: IdKind;
  id: string;
}

const PREFIXES: Record<Exclude<IdKind, 'song'>, string> = {
  album: 'al-',
  artist: 'ar-',
  playlist: 'pl-',
  smartPlaylist: 'sp-',
};

// The supergraph's ids are UUIDs; this allows any such token but no quotes, slashes or spaces.
const SUPERGRAPH_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const songId = (id: string) => id;
export const albumId = (id: string) => `${PREFIXES.album}${id}`;
export const artistId = (id: string) => `${PREFIXES.artist}${id}`;
export const playlistId = (id: string) => `${PREFIXES.playlist}${id}`;
export const smartPlaylistId = (id: string) => `${PREFIXES.smartPlaylist}${id}`;

export function decodeId(raw: string): DecodedId | undefined {
  for (const [kind, prefix] of Object.entries(PREFIXES) as Array<[IdKind, string]>) {
    if (raw.startsWith(prefix)) {
      const id = raw.slice(prefix.length);
      return SUPERGRAPH_ID.test(id) ? { kind, id } : undefined;
    }
  }
  return SUPERGRAPH_ID.test(raw) && !/^(al|ar|pl|sp)-/.test(raw) ? { kind: 'song', id: raw } : undefined;
}

/** The id of the given kind, or undefined (for "not found") when it is of another kind or malformed. */
export function decodeIdOf(raw: string, kind: IdKind): string | undefined {
  const decoded = decodeId(raw);
  return decoded?.kind === kind ? decoded.id : undefined;
}
