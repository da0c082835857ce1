import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createAccessTokens } from '../src/access-tokens.js';
import { DateTime } from '../src/apollo.js';
import { createAuthenticator } from '../src/authentication.js';
import { requireSignedInByDefault } from '../src/authorization.js';
import type { Revocations } from '../src/revocations.js';
import type { SubgraphResolverMap } from '../src/subgraph.js';

const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  scalar DateTime
  type Note @key(fields: "id") {
    id: ID!
    text: String!
    mine: Boolean!
    at: DateTime!
  }
  type Query {
    notes: [Note!]!
    today: DateTime!
  }
  type Mutation {
    signUp: Boolean!
    addNote(text: String!): Note!
  }
`);

const tokens = createAccessTokens({ secret: 'a test secret that is at least thirty-two characters', ttlSeconds: 60 });
// A sign-out list in memory: the users service's ledger plays no part in authorization.
const revoked = new Set<string>();
const revocations: Revocations = {
  revoke: async (tokenId) => void revoked.add(tokenId),
  isRevoked: async (tokenId) => revoked.has(tokenId),
};
const authenticate = createAuthenticator(tokens, revocations);

const note = { id: 'n1', text: 'hello', at: new Date('2020-01-01T00:00:00Z') };

function serve(rules: Parameters<typeof requireSignedInByDefault>[1]) {
  const ran: string[] = [];
  const resolvers = requireSignedInByDefault(
    {
      DateTime,
      Query: { notes: () => [note], today: () => note.at },
      Mutation: {
        signUp: () => ran.push('signUp') > 0,
        addNote: (_: unknown, { text }: { text: string }) => {
          ran.push('addNote');
          return { ...note, text };
        },
      },
      Note: {
        __resolveReference: () => note,
        mine: async (_: unknown, _args: unknown, context: { auth: ReturnType<typeof authenticate> }) =>
          (await context.auth.viewer().catch(() => null)) !== null,
      },
    },
    rules,
  );
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as SubgraphResolverMap });
  const run = (source: string, authorization?: string) =>
    graphql({ schema, source, contextValue: { auth: authenticate(authorization) } });
  return { run, ran };
}

const RULES = { public: ['Mutation.signUp'], viewerScoped: ['Note.mine'] };
const codes = (result: Awaited<ReturnType<ReturnType<typeof serve>['run']>>) =>
  result.errors?.map((error) => [error.extensions.code, error.extensions.reason]);

describe('requireSignedInByDefault', () => {
  it('refuses a mutation nobody listed, signed out, before its resolver runs', async () => {
    const { run, ran } = serve(RULES);
    const result = await run('mutation { addNote(text: "x") { id } }');
    expect(codes(result)).toEqual([['UNAUTHENTICATED', 'SIGNED_OUT']]);
    expect(ran).toEqual([]);
  });

  it('refuses queries and entity references nobody listed', async () => {
    const { run } = serve(RULES);
    expect(codes(await run('{ notes { id } }'))).toEqual([['UNAUTHENTICATED', 'SIGNED_OUT']]);
    expect(codes(await run('{ today }'))).toEqual([['UNAUTHENTICATED', 'SIGNED_OUT']]);
    const entities = await run(
      '{ _entities(representations: [{ __typename: "Note", id: "n1" }]) { ... on Note { id } } }',
    );
    expect(codes(entities)).toEqual([['UNAUTHENTICATED', 'SIGNED_OUT']]);
  });

  it('lets public fields answer signed out, and with a bad token as before', async () => {
    const { run, ran } = serve(RULES);
    expect((await run('mutation { signUp }')).data).toEqual({ signUp: true });
    expect((await run('mutation { signUp }', 'Bearer not-a-token')).data).toEqual({ signUp: true });
    expect(ran).toEqual(['signUp', 'signUp']);
  });

  it('runs everything for a signed-in viewer, and viewer-scoped fields decide for themselves', async () => {
    const { run, ran } = serve(RULES);
    const { token } = tokens.issue('user-1');
    const result = await run('mutation { addNote(text: "mine") { text mine at } }', `Bearer ${token}`);
    expect(result).toEqual({ data: { addNote: { text: 'mine', mine: true, at: note.at } } });
    expect(ran).toEqual(['addNote']);
  });

  it('keeps a bad or signed-out token UNAUTHENTICATED with its own reason', async () => {
    const { run } = serve(RULES);
    expect(codes(await run('{ notes { id } }', 'Bearer not-a-token'))).toEqual([['UNAUTHENTICATED', 'TOKEN_INVALID']]);
    const issued = tokens.issue('user-2');
    await revocations.revoke(issued.tokenId, issued.expiresAt);
    expect(codes(await run('{ notes { id } }', `Bearer ${issued.token}`))).toEqual([
      ['UNAUTHENTICATED', 'TOKEN_REVOKED'],
    ]);
  });

  it('refuses rules that name no resolver, so a misspelt one cannot leave a field guarded unnoticed', () => {
    expect(() => serve({ public: ['Mutation.signup'] })).toThrow('Mutation.signup');
  });
});
