import { type AccessRules, DateTime, JSONObjectResolver } from '@sp0t1fy/platform';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Album, Artist, FavouriteConnection, FavouriteEdge, Favourites, Song } from './favourites.js';
import { Mutation } from './mutation.js';
import {
  Playlist,
  PlaylistConnection,
  PlaylistEdge,
  PlaylistEntry,
  PlaylistEntryConnection,
  PlaylistEntryEdge,
} from './playlist.js';
import { Query } from './query.js';
import { SmartPlaylist, SmartPlaylistPreview } from './smart-playlist.js';
import { User } from './user.js';

export const resolvers: Resolvers = {
  DateTime,
  SmartPlaylistRules: JSONObjectResolver,
  Query,
  Mutation,
  Song,
  Album,
  Artist,
  User,
  Favourites,
  FavouriteSongConnection: FavouriteConnection,
  FavouriteAlbumConnection: FavouriteConnection,
  FavouriteArtistConnection: FavouriteConnection,
  FavouriteSongEdge: FavouriteEdge,
  FavouriteAlbumEdge: FavouriteEdge,
  FavouriteArtistEdge: FavouriteEdge,
  Playlist,
  PlaylistEntry,
  PlaylistEntryEdge,
  PlaylistEntryConnection,
  PlaylistEdge,
  PlaylistConnection,
  SmartPlaylist,
  SmartPlaylistPreview,
};

// Favourites and playlists belong to signed-in users: nothing here answers a signed-out caller.
export const access: AccessRules = { public: [] };
