/** The limits of a playlist and of one call; beyond them BAD_USER_INPUT, nothing changed. */
export const PLAYLIST_LIMITS = {
  entries: 10_000,
  nameLength: 200,
  descriptionLength: 1_000,
  songIdsPerCall: 500,
  /** An imported M3U file, in bytes (UTF-8). */
  importBytes: 1024 * 1024,
} as const;

/** How many live entries' songs the catalog is given to pick a cover from. */
export const COVER_SONG_COUNT = 4;

/** Smart playlists a user may make; all of them are listed, without paging. */
export const SMART_PLAYLISTS_PER_USER = 500;
