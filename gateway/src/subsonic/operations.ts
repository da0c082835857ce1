import type { Operation } from './executor.js';

export * from './__generated__/graphql.js';

/**
 * The contract's signInWithAppPassword (APPPASSWORDS). Written by hand until it is in the composed
 * schema; then it moves to operations/auth.graphql and this constant goes.
 */
export const SignInWithAppPasswordDocument = `
  mutation SubsonicSignIn($input: AppPasswordSignInInput!) {
    signInWithAppPassword(input: $input) {
      token
      user {
        id
        email
        displayName
      }
    }
  }
` as unknown as Operation<unknown, unknown>;
