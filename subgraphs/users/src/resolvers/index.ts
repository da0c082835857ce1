import { type AccessRules, DateTime } from '@sp0t1fy/platform';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { AppPassword } from './app-passwords.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { User } from './user.js';

export const resolvers: Resolvers = { DateTime, Query, Mutation, User, AppPassword };

export const access: AccessRules = {
  // Signing up and in is what a signed-out caller comes for. A user's name and join date are
  // their public profile, whoever holds a reference to them (the email decides for itself).
  public: [
    'Mutation.register',
    'Mutation.login',
    // An app's own sign-in: it checks the app password itself.
    'Mutation.signInWithAppPassword',
    'User.__resolveReference',
    'User.displayName',
    'User.createdAt',
  ],
  // Null for anyone but the user themself, signed out included.
  viewerScoped: ['Query.me', 'User.email'],
};
