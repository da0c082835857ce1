import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig, startGateway } from '../src/index.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import {
  type AppPassword,
  bothFormats,
  CLIENT,
  checkingFetch,
  codeOf,
  createAppPassword,
  credentials,
  rawCall,
  revokeAppPassword,
  subsonicClient,
} from './support/subsonic-client.js';
import { checkSubsonicAnswer } from './support/subsonic-schema.js';

// Signing in to the Subsonic API with an app password, in every form the API takes, through the
// subsonic-api client and raw HTTP (XML and JSON, GET and form POST); every error code for its case;
// revocation taking effect on the next request; failures throttled like the web sign-in.

const [backend] = await testBackends();

describe('the Subsonic API: authentication', () => {
  let stack: TestStack;
  let alice: SeededUser;
  let bob: SeededUser;
  let app: AppPassword;

  beforeAll(async () => {
    stack = await startStack(backend!);
    const users = seed(stack.client);
    [alice, bob] = await Promise.all([users.user(), users.user()]);
    app = await createAppPassword(alice.client, 'Symfonium');
  }, 120_000);
  afterAll(() => stack?.close());

  it('signs in through the subsonic-api client with email and app password (token and salt), GET and POST, and with apiKey', async () => {
    for (const post of [false, true]) {
      const api = subsonicClient(stack.gatewayUrl, { username: alice.email, password: app.password }, { post });
      expect((await api.ping()).status).toBe('ok');
      const user = await api.getUser({ username: alice.email });
      expect(user.user).toMatchObject({ username: alice.email, streamRole: true, adminRole: false });
    }
    const keyed = subsonicClient(stack.gatewayUrl, { apiKey: app.password });
    expect((await keyed.ping()).status).toBe('ok');
    expect((await keyed.getLicense()).license.valid).toBe(true);
  });

  it('takes p in clear and as enc:hex, t with s, and apiKey over raw HTTP, in XML and JSON', async () => {
    const forms = {
      plain: credentials.plain(alice.email, app.password),
      hex: credentials.hex(alice.email, app.password),
      token: credentials.token(alice.email, app.password),
      upperCaseToken: (() => {
        const token = credentials.token(alice.email, app.password);
        return { ...token, t: token.t.toUpperCase() };
      })(),
      apiKey: credentials.apiKey(app.password),
      emailInAnotherCase: credentials.plain(alice.email.toUpperCase(), app.password),
    };
    for (const [name, form] of Object.entries(forms)) {
      const { xml, json } = await bothFormats(stack.gatewayUrl, 'ping', { ...CLIENT, ...form });
      expect([name, xml.status, json.status]).toEqual([name, 'ok', 'ok']);
      const posted = await rawCall(stack.gatewayUrl, 'ping', { ...CLIENT, ...form }, { post: true, view: true });
      expect([name, posted.response.status]).toEqual([name, 'ok']);
    }
    // v and c may be left out (c is tolerated missing; v only checks the major version).
    expect((await rawCall(stack.gatewayUrl, 'ping', forms.plain)).response.status).toBe('ok');
  });

  it('answers each failure with its Subsonic code, in the envelope with HTTP 200, in both formats', async () => {
    // Each wrong-credentials case names its own account, so none reaches the throttle's account limit.
    const users = seed(stack.client);
    const [dave, erin, frank, grace] = await Promise.all([users.user(), users.user(), users.user(), users.user()]);
    await Promise.all([createAppPassword(erin!.client), createAppPassword(dave!.client)]);
    const cases: Array<[number, string, Record<string, string>, Record<string, string>?]> = [
      [10, 'no credentials at all', {}],
      [10, 'u without a password', { u: alice.email }],
      [10, 't without s', { u: alice.email, t: 'a'.repeat(32) }],
      [40, 'a wrong app password', credentials.plain(erin!.email, 'NotTheAppPassword123')],
      [40, 'the account password, which is not an app password', credentials.plain(frank!.email, frank!.password)],
      [40, 'an email nobody has', credentials.plain('nobody@example.com', app.password)],
      [40, 'another user’s app password', credentials.plain(bob.email, app.password)],
      [40, 'a token from a wrong password', credentials.token(dave!.email, 'wrong')],
      [41, 'token auth for an account without app passwords', credentials.token(grace!.email, grace!.password)],
      [42, 'an Authorization header instead of the parameters', {}, { authorization: `Bearer ${alice.token}` }],
      [43, 'apiKey with u', { ...credentials.apiKey(app.password), u: alice.email }],
      [43, 'p with t and s', { ...credentials.plain(alice.email, app.password), t: 'a'.repeat(32), s: 'x' }],
      [44, 'an API key that is no app password', credentials.apiKey('NotAKeyAtAll1234567890ab')],
      [30, 'a newer major API version', { ...credentials.plain(alice.email, app.password), v: '2.0.0' }],
      [50, 'another user’s account', { ...credentials.plain(alice.email, app.password), username: bob.email }],
    ];
    for (const [code, why, params, headers] of cases) {
      for (const format of ['xml', 'json'] as const) {
        const search = new URLSearchParams({ c: 'test', ...params, ...(format === 'json' ? { f: 'json' } : {}) });
        const method = code === 50 ? 'getUser' : 'ping';
        const response = await checkingFetch(`${stack.gatewayUrl}/rest/${method}.view?${search}`, {
          headers: headers ?? {},
        });
        const answer = checkSubsonicAnswer(response.headers.get('content-type'), await response.text());
        expect([why, format, response.status, answer.status, codeOf(answer)]).toEqual([
          why,
          format,
          200,
          'failed',
          code,
        ]);
        expect(answer.error?.message, why).toBeTruthy();
      }
    }
    const missing = await rawCall(stack.gatewayUrl, 'getPlaylist', {
      ...CLIENT,
      ...credentials.plain(alice.email, app.password),
      id: 'pl-00000000-0000-4000-8000-000000000000',
    });
    expect(codeOf(missing.response)).toBe(70);
  });

  it('stops a revoked app password at once, in every form, on every gateway instance', async () => {
    // A second gateway over the same services, as behind a load balancer.
    const second = await startGateway(loadGatewayConfig(stack.env));
    try {
      const phone = await createAppPassword(alice.client, 'Old phone');
      const forms = [
        credentials.plain(alice.email, phone.password),
        credentials.token(alice.email, phone.password),
        credentials.apiKey(phone.password),
      ];
      for (const url of [stack.gatewayUrl, second.url])
        for (const form of forms) expect((await rawCall(url, 'ping', form)).response.status).toBe('ok');
      await revokeAppPassword(alice.client, phone.id);
      for (const url of [second.url, stack.gatewayUrl]) {
        const codes = [];
        for (const form of forms) codes.push(codeOf((await rawCall(url, 'ping', form, { format: 'json' })).response));
        expect(codes).toEqual([40, 40, 44]);
      }
    } finally {
      await second.close();
    }
    // Alice's other app password is untouched.
    expect(
      (await rawCall(stack.gatewayUrl, 'ping', credentials.plain(alice.email, app.password))).response.status,
    ).toBe('ok');
  });

  it('throttles repeated failures like the web sign-in, even for the right password afterwards', async () => {
    const carol = await seed(stack.client).user();
    const carolApp = await createAppPassword(carol.client, 'Phone');
    const failures: Array<number | undefined> = [];
    let throttledMessage: string | undefined;
    // The account limit (LOGIN_MAX_FAILURES_PER_ACCOUNT, 5 by default) and a margin.
    for (let attempt = 0; attempt < 8 && throttledMessage === undefined; attempt++) {
      const answer = await rawCall(stack.gatewayUrl, 'ping', credentials.plain(carol.email, `Wrong${attempt}Password`));
      failures.push(codeOf(answer.response));
      if (/wait|too many/i.test(answer.response.error?.message ?? ''))
        throttledMessage = answer.response.error?.message;
    }
    expect(failures.every((code) => code === 40)).toBe(true);
    expect(throttledMessage).toMatch(/wait|too many/i);
    const right = await rawCall(stack.gatewayUrl, 'ping', credentials.plain(carol.email, carolApp.password));
    expect(codeOf(right.response)).toBe(40);
    expect(right.response.error?.message).toMatch(/wait|too many/i);
    // Other accounts are not held up by carol's.
    expect(
      (await rawCall(stack.gatewayUrl, 'ping', credentials.plain(alice.email, app.password))).response.status,
    ).toBe('ok');
  });
});
