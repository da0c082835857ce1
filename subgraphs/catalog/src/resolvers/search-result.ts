import type { SearchResultResolvers } from '../__generated__/resolvers-types.js';

/** Search answers rows of three tables; each kind has a column the others lack. */
export const SearchResult: SearchResultResolvers = {
  __resolveType: (row) => ('sha256' in row ? 'Song' : 'newest_seq' in row ? 'Album' : 'Artist'),
};
