import { randomBytes } from 'node:crypto';
import { testBackends } from '@sp0t1fy/platform/testing';
import { type GraphQLField, type GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, errorCodes, type GraphQLClient, type GraphQLResponse } from './support/client.js';
import { LEAKED_INTERNALS } from './support/http.js';
import { type ArgumentValues, apiSchema, fieldCall, send } from './support/schema-operations.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { catalogStorage, listFiles, readFixture, type SongFields } from './support/uploads.js';

/**
 * Private by default. Every Query and Mutation field of the schema the gateway serves, found by
 * introspection rather than listed here, is called signed out and with a forged token; only the
 * fields below answer. Beneath those, every field a signed-out caller reaches is walked the same
 * way. A field added to the API without being thought about is thus tested the day it appears.
 */

let ownerAppPassword = '';

/** Root fields a signed-out caller may use, with the arguments that make them succeed. */
const PUBLIC_ROOT_FIELDS: Record<string, (owner: SeededUser) => Record<string, unknown>> = {
  'Mutation.register': () => ({
    email: `walker-${randomBytes(4).toString('hex')}@example.com`,
    password: 'a long passphrase',
  }),
  'Mutation.login': (owner) => ({ email: owner.email, password: owner.password }),
  // An app's sign-in, with an app password the owner created in beforeAll.
  'Mutation.signInWithAppPassword': () => ({ input: { apiKey: ownerAppPassword } }),
  // The signed-in user, or null: signed out it answers null.
  'Query.me': () => ({}),
};

/**
 * Fields beneath a public root field that answer a signed-out caller: the session's own account
 * (email is the user's own: register and login show it to the one signing in). Anything else
 * reached signed out must be UNAUTHENTICATED.
 */
const SIGNED_OUT_READABLE = new Set([
  'AuthPayload.token',
  'AuthPayload.expiresAt',
  'AuthPayload.user',
  'User.id',
  'User.email',
  'User.displayName',
  'User.createdAt',
]);

type Who = 'signed out' | 'forged token';
const REASON: Record<Who, string> = { 'signed out': 'SIGNED_OUT', 'forged token': 'TOKEN_INVALID' };

/** Everything an attacker could hope to change, as the owner sees it, plus the stored files. */
const SNAPSHOT = /* GraphQL */ `
  query ($id: ID!) {
    song(id: $id) { id title artist album genre releaseYear sha256 playCount myPlayCount lastPlayedAt }
    songs(first: 100) { totalCount }
    genres
    me { id email displayName history(first: 100) { totalCount } listeningStats { totalPlays } }
  }
`;

const OWNER_VIEW = (field: string) => `query ($id: ID!) { song(id: $id) { uploadedBy { ${field} } } }`;

type RootField = { operation: 'query' | 'mutation'; coordinate: string; field: GraphQLField<unknown, unknown> };

function rootFields(schema: GraphQLSchema): RootField[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([operation, type]) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({
      operation,
      coordinate: `${type?.name}.${field.name}`,
      field,
    })),
  );
}

/** `query ($a: T …) { selection }`, declaring the variables of the calls in it. */
const operationText = (operation: string, definitions: string[], selection: string) =>
  `${operation}${definitions.length ? `(${definitions.join(', ')})` : ''} { ${selection} }`;

/** A refusal: only UNAUTHENTICATED errors, with the reason, no data for the field, nothing leaked. */
function expectRefused(response: GraphQLResponse, path: string[], reason: string, label: string) {
  expect(response.status, label).toBe(200);
  expect(errorCodes(response).length, label).toBeGreaterThan(0);
  for (const error of response.errors ?? []) {
    expect(error.extensions?.code, label).toBe('UNAUTHENTICATED');
    expect(error.extensions?.reason, label).toBe(reason);
  }
  expect(valueAt(response.data, path) ?? null, label).toBeNull();
  expect(JSON.stringify(response), label).not.toMatch(LEAKED_INTERNALS);
}

/** The value at a path of field names, through lists by their first item. */
function valueAt(data: unknown, path: string[]): unknown {
  let value = data;
  for (const name of path) {
    if (Array.isArray(value)) value = value[0];
    if (value === null || value === undefined) return value;
    value = (value as Record<string, unknown>)[name];
  }
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

describe.each(await testBackends())('authorization of every mutation and private field ($name)', (backend) => {
  let stack: TestStack;
  let owner: SeededUser;
  let other: SeededUser;
  let song: SongFields;
  let forged: GraphQLClient;
  let schema: GraphQLSchema;
  let values: ArgumentValues;

  const snapshot = async () => {
    const response = await owner.client.request(SNAPSHOT, { id: song.id });
    expect(response.errors).toBeUndefined();
    const storage = catalogStorage(stack.dataDir);
    return { data: response.data, blobs: await listFiles(storage.blobs), staged: await listFiles(storage.tmp) };
  };

  beforeAll(async () => {
    stack = await startStack(backend);
    [owner, other] = await Promise.all([seed(stack.client).user(), seed(stack.client).user()]);
    song = await seed(stack.client).song(owner, 'tones-with-cover.mp3', { genre: 'Ambient' });
    const played = await owner.client.request(
      'mutation ($id: ID!) { recordPlayback(songId: $id, action: PLAY, positionSeconds: 0) { id } }',
      { id: song.id },
    );
    expect(played.errors).toBeUndefined();
    const created = await owner.client.request<{ createAppPassword: { password: string } }>(
      'mutation { createAppPassword(name: "walker") { password } }',
    );
    ownerAppPassword = created.data?.createAppPassword.password ?? '';
    // Signed with another key: the claims are the owner's, the signature is not the stack's.
    const claims = jwt.decode(owner.token) as jwt.JwtPayload;
    forged = createClient(stack.gatewayUrl, jwt.sign(claims, 'not the secret, but long enough to sign with'));
    schema = await apiSchema(stack.client);
    // A file that would upload: only the missing session may refuse it.
    values = { id: song.id, upload: { bytes: await readFixture('speech-cbr128.mp3'), filename: 'speech.mp3' } };
  });
  afterAll(() => stack?.close());

  const clientFor = (who: Who) => (who === 'signed out' ? stack.client : forged);

  it('names public root fields that the schema has', () => {
    const coordinates = rootFields(schema).map((root) => root.coordinate);
    expect(coordinates).toEqual(expect.arrayContaining(Object.keys(PUBLIC_ROOT_FIELDS)));
  });

  it('refuses every other query and mutation signed out or with a forged token, and changes nothing', async () => {
    const before = await snapshot();
    const privateFields = rootFields(schema).filter((root) => !(root.coordinate in PUBLIC_ROOT_FIELDS));
    expect(privateFields.length).toBeGreaterThan(0);
    for (const { operation, coordinate, field } of privateFields) {
      const call = fieldCall(field, values);
      const query = operationText(operation, call.definitions, call.text());
      for (const who of ['signed out', 'forged token'] as const) {
        const response = await send(clientFor(who), query, call.variables, values);
        expectRefused(response, [field.name], REASON[who], `${coordinate} as ${who}: ${JSON.stringify(response)}`);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers the public root fields signed out', async () => {
    for (const root of rootFields(schema).filter((root) => root.coordinate in PUBLIC_ROOT_FIELDS)) {
      const call = fieldCall(root.field, values, { given: PUBLIC_ROOT_FIELDS[root.coordinate]?.(owner) });
      const query = operationText(root.operation, call.definitions, call.text());
      const response = await send(stack.client, query, call.variables, values);
      const label = `${root.coordinate}: ${JSON.stringify(response)}`;
      expect(response.errors, label).toBeUndefined();
      expect(response.data, label).toHaveProperty(root.field.name);
    }
  });

  it('walks every field beneath the public root fields: only the session’s own account answers signed out', async () => {
    const reached: Record<string, 'answered' | 'refused'> = {};

    // `path` is the chain of fields from the root; each step is one request, so a refusal deep down
    // cannot be hidden by (or hide) another field's answer.
    const visit = async (root: RootField, path: Array<GraphQLField<unknown, unknown>>) => {
      const parent = getNamedType(path.at(-1)?.type);
      if (!isObjectType(parent)) return;
      for (const field of Object.values(parent.getFields())) {
        const coordinate = `${parent.name}.${field.name}`;
        if (reached[coordinate]) continue;
        const chain = [...path, field];
        const calls = chain.map((step, depth) =>
          fieldCall(step, values, {
            prefix: `v${depth}`,
            given: depth === 0 ? PUBLIC_ROOT_FIELDS[root.coordinate]?.(owner) : undefined,
          }),
        );
        const selection = calls.reduceRight<string | undefined>(
          (inner, call) => call.text(inner === undefined ? undefined : ` { ${inner} }`),
          undefined,
        );
        const definitions = calls.flatMap((call) => call.definitions);
        const query = operationText(root.operation, definitions, selection ?? '');
        const variables = Object.assign({}, ...calls.map((call) => call.variables));
        const response = await send(stack.client, query, variables, values);
        const names = chain.map((step) => step.name);
        const label = `${names.join('.')} (${coordinate}) signed out: ${JSON.stringify(response)}`;
        if (SIGNED_OUT_READABLE.has(coordinate)) {
          reached[coordinate] = 'answered';
          expect(response.errors, label).toBeUndefined();
          expect(valueAt(response.data, names.slice(0, -1)), label).not.toBeNull();
          await visit(root, chain);
        } else {
          reached[coordinate] = 'refused';
          expectRefused(response, names, 'SIGNED_OUT', label);
        }
      }
    };

    for (const root of rootFields(schema).filter((root) => root.coordinate in PUBLIC_ROOT_FIELDS)) {
      // A root that answers null signed out (me) has nothing beneath it to reach.
      const call = fieldCall(root.field, values, { given: PUBLIC_ROOT_FIELDS[root.coordinate]?.(owner) });
      const answer = await send(
        stack.client,
        operationText(root.operation, call.definitions, call.text()),
        call.variables,
        values,
      );
      if (valueAt(answer.data, [root.field.name]) !== null) await visit(root, [root.field]);
    }
    // The walk reaches the listening data through the signed-in payload's user: the case that matters.
    expect(reached).toMatchObject({
      'User.history': 'refused',
      'User.recentlyPlayed': 'refused',
      'User.listeningStats': 'refused',
      'User.appPasswords': 'refused',
      'User.email': 'answered',
    });
  });

  it("refuses another user the owner's songs and listening, and changes nothing", async () => {
    const before = await snapshot();
    const forbidden = [
      'mutation ($id: ID!) { updateSong(id: $id, metadata: { title: "Pwned", artist: "Mallory" }) { id } }',
      'mutation ($id: ID!) { deleteSong(id: $id) }',
      OWNER_VIEW('history(first: 5) { totalCount edges { node { id } } }'),
      OWNER_VIEW('recentlyPlayed { id }'),
      OWNER_VIEW('listeningStats { totalPlays }'),
    ];
    for (const query of forbidden) {
      const response = await other.client.request(query, { id: song.id });
      const label = `${query}: ${JSON.stringify(response)}`;
      expect(response.status, label).toBe(200);
      expect(errorCodes(response), label).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(response), label).not.toMatch(LEAKED_INTERNALS);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("hides another user's email, and shows the owner their own", async () => {
    const asOther = await other.client.request<{ song: { uploadedBy: { id: string; email: string | null } } }>(
      OWNER_VIEW('id email displayName'),
      { id: song.id },
    );
    expect(asOther.errors).toBeUndefined();
    expect(asOther.data?.song.uploadedBy).toMatchObject({ id: owner.id, email: null });
    const asOwner = await owner.client.request<{ song: { uploadedBy: { email: string | null } } }>(
      OWNER_VIEW('email'),
      { id: song.id },
    );
    expect(asOwner.data?.song.uploadedBy.email).toBe(owner.email);
  });

  it("counts only the viewer's own plays in myPlayCount", async () => {
    const asOther = await other.client.request<{ song: { playCount: number; myPlayCount: number } }>(
      'query ($id: ID!) { song(id: $id) { playCount myPlayCount } }',
      { id: song.id },
    );
    expect(asOther.data?.song).toEqual({ playCount: 1, myPlayCount: 0 });
  });

  it('lets another user change nothing through a song they did not upload, but lets the owner', async () => {
    const rename = 'mutation ($id: ID!) { updateSong(id: $id, metadata: { title: "Renamed by owner" }) { title } }';
    expect(errorCodes(await other.client.request(rename, { id: song.id }))).toEqual(['FORBIDDEN']);
    const renamed = await owner.client.request<{ updateSong: { title: string } }>(rename, { id: song.id });
    expect(renamed.data?.updateSong.title).toBe('Renamed by owner');
  });
});
