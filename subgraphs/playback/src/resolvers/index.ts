import type { Resolvers } from '../__generated__/resolvers-types.js';

export const resolvers: Resolvers = {
  Song: {
    __resolveReference: (reference) => reference,
    async playCount(song, _args, { db }) {
      const row = await db
        .selectFrom('playback_events')
        .select((eb) => eb.fn.countAll<number>().as('plays'))
        .where('song_id', '=', song.id)
        .where('action', '=', 'PLAY')
        .executeTakeFirstOrThrow();
      return row.plays;
    },
  },
};
