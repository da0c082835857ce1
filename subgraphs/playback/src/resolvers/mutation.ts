import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { validatePosition } from '../providers/positions.js';
import { nowPlayingMutations } from './now-playing.js';
import { requirePlayableSong } from './songs.js';

export const Mutation: MutationResolvers = {
  ...nowPlayingMutations,
  async recordPlayback(_parent, { songId, action, positionSeconds }, context) {
    const viewer = await context.auth.requireViewer();
    const position = validatePosition(positionSeconds);
    const song = await requirePlayableSong(context, songId);
    return context.recorder.record({ userId: viewer.userId, song, action, positionSeconds: position });
  },
};
