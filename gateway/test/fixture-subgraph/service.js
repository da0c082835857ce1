import { commonEnv, defineSubgraph, env } from '@sp0t1fy/platform';
import { gql } from 'graphql-tag';
import { sql } from 'kysely';
import { z } from 'zod';

const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Query {
    "A greeting kept in this subgraph's own database."
    fixtureGreeting: String!
  }

  type Song @key(fields: "id") {
    id: ID!
    "A note this subgraph adds to the catalog's songs."
    fixtureNote: String!
  }
`;

const configSchema = z.object({
  ...commonEnv,
  FIXTURE_PORT: env.port(4999),
  FIXTURE_DATABASE_URL: env.optionalUrl(),
});

const migrations = {
  '0001-greetings': {
    async up(db) {
      await db.schema.createTable('greetings').addColumn('text', 'text').execute();
      await sql`insert into greetings values ('hello from the fifth subgraph')`.execute(db);
    },
  },
};

const resolvers = {
  Query: {
    fixtureGreeting: async (_parent, _args, { db }) =>
      (await db.selectFrom('greetings').select('text').executeTakeFirstOrThrow()).text,
  },
  Song: {
    __resolveReference: (reference) => reference,
    fixtureNote: (song) => `a note on ${song.id}`,
  },
};

export const service = defineSubgraph({
  name: 'fixture',
  typeDefs,
  configSchema,
  resolvers,
  // Like the library: nothing here answers a signed-out caller.
  access: { public: [] },
  migrations,
  wiring: () => ({
    createProviders: (runtime) => ({ db: runtime.db }),
    createContext: (call, providers, runtime) => ({ ...providers, auth: runtime.authenticate(call.authorization) }),
  }),
});
