import { vi } from 'vitest';

type Resolver = (variables: Record<string, unknown>, headers: Headers) => unknown;

export interface FakeApi {
  /** Answers each operation by name; an answer is `{ data }`, `{ errors }` or both. */
  on(operationName: string, resolver: Resolver): FakeApi;
  /** The operations received, in order. */
  calls: Array<{ operationName: string; variables: Record<string, unknown>; authorization: string | null }>;
}

/**
 * A stand-in for the gateway's /graphql, installed as the global fetch: the app under test sends its
 * real requests (urql, JSON over POST) and gets the answers a test scripts.
 */
export function installFakeApi(): FakeApi {
  const resolvers = new Map<string, Resolver>();
  const api: FakeApi = {
    calls: [],
    on(operationName, resolver) {
      resolvers.set(operationName, resolver);
      return api;
    },
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      // An upload goes as multipart (the GraphQL multipart request spec): the operation is its "operations" part.
      const raw = init?.body instanceof FormData ? init.body.get('operations') : init?.body;
      const body = JSON.parse(String(raw)) as { operationName: string; variables?: Record<string, unknown> };
      const variables = body.variables ?? {};
      api.calls.push({ operationName: body.operationName, variables, authorization: headers.get('authorization') });
      const resolver = resolvers.get(body.operationName);
      const answer = resolver
        ? resolver(variables, headers)
        : { errors: [{ message: `no fake for ${body.operationName}` }] };
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return api;
}

export const unauthenticated = (reason: string, message: string) => ({
  data: null,
  errors: [{ message, extensions: { code: 'UNAUTHENTICATED', reason } }],
});

export const userPayload = { id: 'user-1', displayName: 'Robin', email: 'robin@example.com', __typename: 'User' };

export const songFixture = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Song',
  id: 'song-1',
  title: 'Rising Tones',
  artist: 'Sine Ensemble',
  album: 'Waves',
  genre: 'Electronic',
  releaseYear: 2023,
  durationSeconds: 12.04,
  streamUrl: '/media/songs/song-1/audio?signature=x',
  coverUrl: null,
  playCount: 3,
  uploadedBy: { __typename: 'User', id: 'user-1', displayName: 'Robin' },
  ...overrides,
});

export const songsPage = (songs: unknown[], hasNextPage = false) => ({
  data: {
    songs: {
      __typename: 'SongConnection',
      totalCount: songs.length,
      edges: songs.map((node, index) => ({ __typename: 'SongEdge', cursor: `c${index}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: songs.length ? `c${songs.length - 1}` : null },
    },
  },
});
