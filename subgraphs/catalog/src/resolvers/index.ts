import type { Resolvers } from '../__generated__/resolvers-types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const resolvers: Resolvers = {
  Query: {
    async song(_parent, { id }, { db }) {
      if (!UUID.test(id)) return null;
      return (await db.selectFrom('songs').select(['id', 'title']).where('id', '=', id).executeTakeFirst()) ?? null;
    },
  },
};
