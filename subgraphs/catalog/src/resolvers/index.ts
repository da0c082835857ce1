import { type AccessRules, DateTime } from '@sp0t1fy/platform';
import { GraphQLUpload } from 'graphql-upload-minimal';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Album } from './album.js';
import { Artist } from './artist.js';
import { Mutation } from './mutation.js';
import { Playlist, SmartPlaylist } from './playlist-cover.js';
import { Query } from './query.js';
import { SearchResult } from './search-result.js';
import { Song } from './song.js';
import { songsBySha256 } from './songs-by-sha256.js';

export const resolvers: Resolvers = {
  DateTime,
  Upload: GraphQLUpload,
  Query: { ...Query, songsBySha256 },
  Mutation,
  Song,
  Album,
  Artist,
  SearchResult,
  Playlist,
  SmartPlaylist,
};

// The library is for signed-in users only: nothing here answers a signed-out caller.
export const access: AccessRules = { public: [] };
