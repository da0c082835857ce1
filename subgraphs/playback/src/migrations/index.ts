import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as playFeed from './0002-play-feed.js';
import * as nowPlayingAndScrobbles from './0003-now-playing-and-scrobbles.js';

export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-play-feed': playFeed,
  '0003-now-playing-and-scrobbles': nowPlayingAndScrobbles,
};
