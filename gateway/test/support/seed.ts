import { randomBytes } from 'node:crypto';
import type { GraphQLClient } from './client.js';
import { type SongFields, type SongMetadata, uploadFixture } from './uploads.js';

export interface SeededUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  token: string;
  /** The gateway client, signed in as this user. */
  client: GraphQLClient;
}

const REGISTER = /* GraphQL */ `
  mutation Register($email: String!, $password: String!, $displayName: String) {
    register(email: $email, password: $password, displayName: $displayName) { token user { id displayName } }
  }
`;

/** Builds the state a test starts from, through the public API only. */
export function seed(client: GraphQLClient) {
  return {
    async user(overrides: Partial<Pick<SeededUser, 'email' | 'password' | 'displayName'>> = {}): Promise<SeededUser> {
      const suffix = randomBytes(4).toString('hex');
      const email = overrides.email ?? `listener-${suffix}@example.com`;
      const password = overrides.password ?? `correct horse ${suffix}`;
      const displayName = overrides.displayName ?? `Listener ${suffix}`;
      const response = await client.request<{ register: { token: string; user: { id: string } } }>(REGISTER, {
        email,
        password,
        displayName,
      });
      if (!response.data?.register) throw new Error(`Could not seed a user: ${JSON.stringify(response.errors)}`);
      const { token, user } = response.data.register;
      return { id: user.id, email, password, displayName, token, client: client.as(token) };
    },

    /** A song `user` uploads through the gateway, from an audio fixture (see the fixtures README). */
    song(user: SeededUser, fixture = 'speech-cbr128.mp3', metadata?: SongMetadata): Promise<SongFields> {
      return uploadFixture(client.url, user.token, fixture, metadata);
    },
  };
}
