import { type AccessRules, DateTime } from '@sp0t1fy/platform';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { ListeningStats, SongPlays } from './listening-stats.js';
import { Mutation } from './mutation.js';
import { NowPlaying } from './now-playing.js';
import { PlaybackEvent, PlaybackEventConnection, PlaybackEventEdge } from './playback-event.js';
import { Query } from './query.js';
import { Song } from './song.js';
import { User } from './user.js';

export const resolvers: Resolvers = {
  DateTime,
  Query,
  Mutation,
  Song,
  User,
  PlaybackEvent,
  PlaybackEventEdge,
  PlaybackEventConnection,
  ListeningStats,
  SongPlays,
  NowPlaying,
};

// Listening data is private; the charts are for signed-in users, like the library.
export const access: AccessRules =
  // 0 for anyone but the listener themself, signed out included.
  { public: [], viewerScoped: ['Song.myPlayCount'] };
