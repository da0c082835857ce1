/**
 * The query context of anything that shows songs or counts them: uploads, edits and deletes answer a
 * Song, and so do plays (play counts, MOST_PLAYED), so every such query refetches after them, even
 * when it was empty and so named no Song.
 */
export const SONG_LISTS = { additionalTypenames: ['Song'] };
