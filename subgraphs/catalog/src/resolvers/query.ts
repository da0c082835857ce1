import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import type { Page } from '../providers/keyset-page.js';
import { selectsField } from './selects-field.js';

export const Query: QueryResolvers = {
  async songs(_parent, args, context, info) {
    await context.auth.requireViewer();
    // Counting every match is a second statement; only run it for queries that show the total.
    const page = await context.songCache.list(args, { count: selectsField(info, 'totalCount') });
    return primedConnection(page, context.songById);
  },

  async song(_parent, { id }, context) {
    await context.auth.requireViewer();
    return context.songById.load(id);
  },

  async genres(_parent, _args, context) {
    await context.auth.requireViewer();
    return context.songCache.genres();
  },

  async genreSummaries(_parent, _args, context) {
    await context.auth.requireViewer();
    return context.songCache.genreSummaries();
  },

  async randomSongs(_parent, args, context) {
    await context.auth.requireViewer();
    const songs = await context.randomSongs.pick(args);
    for (const song of songs) context.songById.prime(song.id, song);
    return songs;
  },

  async albums(_parent, args, context, info) {
    await context.auth.requireViewer();
    const page = await context.albums.list(args, { count: selectsField(info, 'totalCount') });
    return primedConnection(page, context.albumLoaders.albumById);
  },

  async album(_parent, { id }, context) {
    await context.auth.requireViewer();
    return context.albumLoaders.albumById.load(id);
  },

  async artists(_parent, args, context, info) {
    await context.auth.requireViewer();
    const page = await context.artists.list(args, { count: selectsField(info, 'totalCount') });
    return primedConnection(page, context.albumLoaders.artistById);
  },

  async artist(_parent, { id }, context) {
    await context.auth.requireViewer();
    return context.albumLoaders.artistById.load(id);
  },

  async search(_parent, args, context) {
    await context.auth.requireViewer();
    return context.librarySearch.search(args);
  },
};

/** A page as a GraphQL connection, its nodes primed in their loader so their fields need no second read. */
function primedConnection<T extends { id: string }>(
  page: Page<T>,
  loader: { prime(id: string, node: NoInfer<T>): unknown },
) {
  for (const { node } of page.edges) loader.prime(node.id, node);
  return {
    edges: page.edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
