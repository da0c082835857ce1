import { DateTime } from '@sp0t1fy/platform';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { User } from './user.js';

export const resolvers: Resolvers = { DateTime, Query, Mutation, User };
