import { badUserInput } from '@sp0t1fy/platform';
import type { MutationResolvers, NowPlayingResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { PLAYER_NAME_MAX_LENGTH } from '../providers/now-playing.js';
import { requirePlayableSong } from './songs.js';

/** Clients' clocks drift: a scrobble this far ahead of the server is still taken as now-ish. */
const CLOCK_SKEW_MS = 60_000;

export const nowPlayingQuery: Pick<QueryResolvers, 'nowPlaying'> = {
  async nowPlaying(_parent, _args, context) {
    await context.auth.requireViewer();
    return context.nowPlaying.list();
  },
};

export const nowPlayingMutations: Pick<MutationResolvers, 'reportNowPlaying' | 'scrobble'> = {
  async reportNowPlaying(_parent, { songId, playerName }, context) {
    const viewer = await context.auth.requireViewer();
    const player = validatePlayerName(playerName);
    const song = await requirePlayableSong(context, songId);
    await context.nowPlaying.report({
      user_id: viewer.userId,
      song_id: song.song_id,
      player_name: player,
      started_at: new Date(),
    });
    return true;
  },

  async scrobble(_parent, { songId, playedAt }, context) {
    const viewer = await context.auth.requireViewer();
    const now = Date.now();
    if (playedAt && playedAt.getTime() > now + CLOCK_SKEW_MS) {
      throw badUserInput('playedAt cannot be in the future', { field: 'playedAt', reason: 'IN_THE_FUTURE' });
    }
    const song = await requirePlayableSong(context, songId);
    return context.scrobbles.record({ userId: viewer.userId, song, playedAt: playedAt ?? new Date(now) });
  },
};

export const NowPlaying: NowPlayingResolvers = {
  user: (row) => ({ id: row.user_id }),
  song: (row) => ({ id: row.song_id }),
  playerName: (row) => row.player_name,
  startedAt: (row) => row.started_at,
};

function validatePlayerName(name: string | null | undefined): string | null {
  const trimmed = name?.normalize('NFC').trim() ?? '';
  if (trimmed.length === 0) return null;
  if (trimmed.length > PLAYER_NAME_MAX_LENGTH) {
    throw badUserInput(`playerName must be at most ${PLAYER_NAME_MAX_LENGTH} characters`, { field: 'playerName' });
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw badUserInput('playerName cannot contain control characters', { field: 'playerName' });
  }
  return trimmed;
}
