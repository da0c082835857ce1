import { SubsonicCode, SubsonicError } from '../errors.js';
import type { MethodGroup } from '../method.js';
import { MUSIC_FOLDER } from './browsing.js';

export const users: MethodGroup = {
  // Subsonic's username is the account's email. Nobody administers others through this API, so a
  // user sees only themself.
  getUser: {
    async run(context) {
      const username = context.params.required('username');
      if (username.toLowerCase() !== context.user.email.toLowerCase()) {
        throw new SubsonicError(SubsonicCode.NOT_AUTHORIZED, 'You can only see your own user');
      }
      return {
        user: {
          username: context.user.email,
          email: context.user.email,
          scrobblingEnabled: true,
          adminRole: false,
          settingsRole: false,
          downloadRole: true,
          uploadRole: false,
          playlistRole: true,
          coverArtRole: false,
          commentRole: false,
          podcastRole: false,
          streamRole: true,
          jukeboxRole: false,
          shareRole: false,
          videoConversionRole: false,
          folder: [MUSIC_FOLDER.id],
        },
      };
    },
  },
};
