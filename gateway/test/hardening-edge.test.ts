import { testBackends } from '@sp0t1fy/platform/testing';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../src/security-limits.js';
import { LEAKED_INTERNALS, postGraphQL, type RawResponse, rawRequest } from './support/http.js';
import { startStack, type TestStack } from './support/stack.js';

/**
 * `__type { ofType { ofType { … name } } }`: schema-valid at any depth, and (unlike `fields`, which
 * graphql-js's own introspection-depth rule caps) limited only by the gateway's depth limit.
 */
function nestedTypeQuery(levels: number, leaf = 'name'): string {
  let selection = leaf;
  for (let level = 1; level < levels; level++) selection = `ofType { ${selection} }`;
  return `{ __type(name: "Query") { ${selection} } }`;
}

/** The same depth, but every level behind its own fragment: fragments must not hide depth. */
function nestedFragmentQuery(levels: number): string {
  const fragments = Array.from({ length: levels - 1 }, (_, level) =>
    level === levels - 2
      ? `fragment F${level} on __Type { ofType { name } }`
      : `fragment F${level} on __Type { ofType { ...F${level + 1} } }`,
  );
  return `{ __type(name: "Query") { ...F0 } }\n${fragments.join('\n')}`;
}

/** Songs and their uploaders' recent songs, round and round through three subgraphs: `levels` deep. */
function federatedCycleQuery(levels: number, { fragments = false } = {}): string {
  const field = (level: number) => (level % 2 === 0 ? 'uploadedBy' : 'recentlyPlayed');
  if (!fragments) {
    let selection = 'id';
    for (let level = levels - 2; level >= 0; level--) selection = `${field(level)} { ${selection} }`;
    return `query ($id: ID!) { song(id: $id) { ${selection} } }`;
  }
  const definitions = Array.from({ length: levels - 1 }, (_, level) => {
    const onType = level % 2 === 0 ? 'Song' : 'User';
    const inner = level === levels - 2 ? 'id' : `...C${level + 1}`;
    return `fragment C${level} on ${onType} { ${field(level)} { ${inner} } }`;
  });
  return `query ($id: ID!) { song(id: $id) { ...C0 } }\n${definitions.join('\n')}`;
}

const LOGIN_ALIASES = (count: number) =>
  `mutation { ${Array.from({ length: count }, (_, i) => `a${i}: login(email: "victim@example.com", password: "guess number ${i}") { token }`).join(' ')} }`;

/** What each validation limit says when it refuses a document (GRAPHQL_VALIDATION_FAILED, with its reason). */
const LIMIT_MESSAGES = {
  QUERY_TOO_DEEP: /^The query is nested too deeply\.$/,
  TOO_MANY_ALIASES: /^The query uses too many aliases\.$/,
  TOO_MANY_DIRECTIVES: /^The query uses too many directives\.$/,
  QUERY_TOO_COSTLY: /^The query asks for too much at once\.$/,
} as const;

/** Refused before execution: a 400 with no data, the expected error among them, no internals anywhere. */
function expectRefused(response: RawResponse, code: string, message: RegExp, reason?: string) {
  expect(response.status, response.text).toBe(400);
  expect(response.json?.data).toBeUndefined();
  const errors = response.json?.errors ?? [];
  for (const error of errors) expect(error.extensions?.code, response.text).toBe(code);
  const expected = errors.find((error) => message.test(error.message));
  expect(expected, response.text).toBeDefined();
  if (reason) {
    expect(expected?.extensions?.reason).toBe(reason);
    // Only limits refused it: the document itself is valid against the schema.
    for (const error of errors) expect(error.extensions?.reason, response.text).toBeDefined();
  }
  expect(response.text).not.toMatch(LEAKED_INTERNALS);
}

/** Refused as expectRefused says, by the validation limit `reason`, with that limit's own message. */
function expectOverLimit(response: RawResponse, reason: keyof typeof LIMIT_MESSAGES) {
  expectRefused(response, 'GRAPHQL_VALIDATION_FAILED', LIMIT_MESSAGES[reason], reason);
}

const ALLOWED_ORIGIN = 'https://music.example.com';

describe.each(await testBackends())('the gateway’s edge: query limits, CORS, CSRF, headers ($name)', (backend) => {
  let stack: TestStack;
  let production: TestStack;
  beforeAll(async () => {
    [stack, production] = await Promise.all([
      startStack(backend),
      startStack(backend, {
        env: { NODE_ENV: 'production', CORS_ORIGINS: `${ALLOWED_ORIGIN}, http://localhost:5173` },
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([stack?.close(), production?.close()]);
  });

  it('refuses 20-deep queries (introspection and a cycle through three subgraphs), also spread over fragments', async () => {
    expectOverLimit(await postGraphQL(stack.gatewayUrl, { query: nestedTypeQuery(20) }), 'QUERY_TOO_DEEP');
    expectOverLimit(await postGraphQL(stack.gatewayUrl, { query: nestedFragmentQuery(20) }), 'QUERY_TOO_DEEP');
    for (const fragments of [false, true]) {
      expectOverLimit(
        await postGraphQL(stack.gatewayUrl, {
          query: federatedCycleQuery(20, { fragments }),
          variables: { id: '00000000-0000-0000-0000-000000000000' },
        }),
        'QUERY_TOO_DEEP',
      );
    }
    // The limit is not exposed: nothing in the answer says what it is.
    const response = await postGraphQL(stack.gatewayUrl, { query: nestedTypeQuery(20) });
    expect(response.text).not.toContain(String(QUERY_LIMITS.maxDepth));
  });

  it('answers a query just inside the depth limit', async () => {
    const response = await postGraphQL(stack.gatewayUrl, { query: nestedTypeQuery(QUERY_LIMITS.maxDepth - 1) });
    expect(response.status, response.text).toBe(200);
    expect(response.json?.errors).toBeUndefined();
  });

  it('keeps the standard introspection query (the playground, codegen) working outside production', async () => {
    const response = await postGraphQL(stack.gatewayUrl, { query: getIntrospectionQuery() });
    expect(response.status, response.text).toBe(200);
    expect(response.json?.errors).toBeUndefined();
  });

  it('refuses 100 aliased logins in one request before any of them runs', async () => {
    expectOverLimit(await postGraphQL(stack.gatewayUrl, { query: LOGIN_ALIASES(100) }), 'TOO_MANY_ALIASES');
  });

  it('refuses too many directives', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxDirectives + 1 }, () => 'id @include(if: true)').join(' ');
    expectOverLimit(await postGraphQL(stack.gatewayUrl, { query: `{ me { ${fields} } }` }), 'TOO_MANY_DIRECTIVES');
  });

  it('refuses a query that is shallow enough but too costly', async () => {
    const wide = Array.from({ length: 400 }, () => 'name').join(' ');
    const query = nestedTypeQuery(QUERY_LIMITS.maxDepth - 2, wide);
    expectOverLimit(await postGraphQL(stack.gatewayUrl, { query }), 'QUERY_TOO_COSTLY');
  });

  it('refuses a document with too many tokens before parsing it whole', async () => {
    const query = `{ ${Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    const response = await postGraphQL(stack.gatewayUrl, { query });
    expectRefused(response, 'GRAPHQL_PARSE_FAILED', /^The query is too long\.$/, 'QUERY_TOO_LONG');
    expect(response.text).not.toContain(String(QUERY_LIMITS.maxTokens));
  });

  it('refuses a NUL character in a string literal on every request, though the parsed query is reused', async () => {
    const nulRefusal = (response: RawResponse) =>
      response.json?.errors?.find(
        (error) => error.extensions?.code === 'BAD_USER_INPUT' && /NUL character/.test(error.message),
      );
    const literal = '{ songs(query: "a\\u0000b", first: 1) { edges { node { id } } } }';
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await postGraphQL(stack.gatewayUrl, { query: literal });
      expect(nulRefusal(response), response.text).toBeDefined();
      expect(response.json?.data ?? null).toBeNull();
    }
    // One document, checked once for literals, still has its variables checked on every request.
    const query = 'query ($text: String) { songs(query: $text, first: 1) { edges { node { id } } } }';
    for (const [text, refused] of [
      ['ab', false],
      ['a\u0000b', true],
      ['ab', false],
    ] as const) {
      const response = await postGraphQL(stack.gatewayUrl, { query, variables: { text } });
      expect(nulRefusal(response) !== undefined, response.text).toBe(refused);
    }
  });

  it('refuses a batched array body', async () => {
    const response = await postGraphQL(stack.gatewayUrl, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/batching/i);
    expect(response.text).not.toMatch(LEAKED_INTERNALS);
  });

  it('hides "did you mean" hints for misspelled fields and arguments', async () => {
    for (const query of ['{ me { emial } }', '{ me { id displayNam } }', '{ song(idd: "1") { id } }']) {
      const response = await postGraphQL(stack.gatewayUrl, { query });
      expect(response.status, query).toBe(400);
      const message = response.json?.errors?.[0]?.message ?? '';
      expect(message).toMatch(/^(Cannot query field|Unknown argument|Field .* argument)/);
      expect(message).not.toMatch(/did you mean|suggestion/i);
      expect(response.text).not.toMatch(/"email"|"displayName"|"id"/);
      expect(response.text).not.toMatch(LEAKED_INTERNALS);
    }
  });

  it('refuses introspection in production, with the same limits and masking', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "User") { name fields { name } } }']) {
      const response = await postGraphQL(production.gatewayUrl, { query });
      expect(response.status, response.text).toBe(400);
      expect(response.json?.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      expect(response.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.text).not.toMatch(LEAKED_INTERNALS);
    }
    const misspelled = await postGraphQL(production.gatewayUrl, { query: '{ me { emial } }' });
    expect(misspelled.json?.errors?.[0]?.message).not.toMatch(/did you mean/i);
    expectRefused(
      await postGraphQL(production.gatewayUrl, { query: LOGIN_ALIASES(100) }),
      'GRAPHQL_VALIDATION_FAILED',
      /too many aliases/,
    );
    // Production still serves ordinary queries.
    const me = await postGraphQL(production.gatewayUrl, { query: '{ me { id } }' });
    expect(me.json).toEqual({ data: { me: null } });
  });

  const preflight = (gatewayUrl: string, origin: string) =>
    rawRequest(`${gatewayUrl}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  it('answers other origins with no CORS headers when none are configured (same-origin only)', async () => {
    const check = await preflight(stack.gatewayUrl, ALLOWED_ORIGIN);
    expect(check.headers.get('access-control-allow-origin')).toBeNull();
    const post = await postGraphQL(stack.gatewayUrl, { query: '{ me { id } }' }, { origin: ALLOWED_ORIGIN });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets exactly the configured origins call the API, without credentials', async () => {
    const allowed = await preflight(production.gatewayUrl, ALLOWED_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/apollo-require-preflight/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect(
      (await preflight(production.gatewayUrl, 'http://localhost:5173')).headers.get('access-control-allow-origin'),
    ).toBe('http://localhost:5173');

    for (const origin of [
      'https://evil.example',
      `${ALLOWED_ORIGIN}.evil.example`,
      'null',
      'http://music.example.com',
    ]) {
      const refused = await preflight(production.gatewayUrl, origin);
      expect(refused.headers.get('access-control-allow-origin'), origin).toBeNull();
      const post = await postGraphQL(production.gatewayUrl, { query: '{ me { id } }' }, { origin });
      expect(post.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
    const post = await postGraphQL(production.gatewayUrl, { query: '{ me { id } }' }, { origin: ALLOWED_ORIGIN });
    expect(post.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
  });

  it('refuses requests a cross-site form or image could send (CSRF prevention)', async () => {
    const form = await rawRequest(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(form.status).toBe(400);
    const get = await rawRequest(`${stack.gatewayUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
    for (const response of [form, get]) expect(response.text).not.toMatch(LEAKED_INTERNALS);
  });

  it('serves the web app with CSP, nosniff, frame-ancestors and referrer policy', async () => {
    const page = await rawRequest(`${stack.gatewayUrl}/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toMatch(/same-origin|no-referrer|strict-origin/);
    expect(page.headers.get('x-powered-by')).toBeNull();
  });
});
