import { createHash, randomBytes } from 'node:crypto';
import SubsonicAPI from 'subsonic-api';
import { expect } from 'vitest';
import type { GraphQLClient } from './client.js';
import { checkSubsonicAnswer, type SubsonicResponse } from './subsonic-schema.js';

/**
 * Subsonic calls for the tests, every answer checked against the Subsonic 1.16.1 / OpenSubsonic shapes
 * (support/subsonic-schema.ts) before a test sees it: through the subsonic-api client (a client we did
 * not write) and as raw HTTP for the XML form and for what that client cannot send.
 */

const CREATE_APP_PASSWORD = /* GraphQL */ `
  mutation ($name: String!) { createAppPassword(name: $name) { appPassword { id } password } }
`;
const REVOKE_APP_PASSWORD = 'mutation ($id: ID!) { revokeAppPassword(id: $id) }';

export interface AppPassword {
  id: string;
  password: string;
}

export async function createAppPassword(client: GraphQLClient, name = 'Test player'): Promise<AppPassword> {
  const response = await client.request<{ createAppPassword: { appPassword: { id: string }; password: string } }>(
    CREATE_APP_PASSWORD,
    { name },
  );
  const created = response.data?.createAppPassword;
  if (!created) throw new Error(`createAppPassword failed: ${JSON.stringify(response.errors)}`);
  return { id: created.appPassword.id, password: created.password };
}

export async function revokeAppPassword(client: GraphQLClient, id: string): Promise<void> {
  const response = await client.request<{ revokeAppPassword: boolean }>(REVOKE_APP_PASSWORD, { id });
  if (!response.data?.revokeAppPassword)
    throw new Error(`revokeAppPassword failed: ${JSON.stringify(response.errors)}`);
}

const isSubsonicAnswer = (contentType: string) => /json|xml/i.test(contentType);

/**
 * A fetch that checks every Subsonic answer against the schema (and that it came with HTTP 200) before
 * handing it on; media answers (audio, images) pass untouched.
 */
export const checkingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const contentType = response.headers.get('content-type') ?? '';
  if (!isSubsonicAnswer(contentType)) return response;
  const text = await response.text();
  expect(response.status, `HTTP status of ${String(input)}`).toBe(200);
  checkSubsonicAnswer(contentType, text);
  return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
};

export type ClientAuth = { username: string; password: string } | { apiKey: string };

/** The subsonic-api client, as a player app would configure it: URL and credentials, GET or form POST. */
export function subsonicClient(baseUrl: string, auth: ClientAuth, options: { post?: boolean } = {}) {
  return new SubsonicAPI({ url: baseUrl, auth, fetch: checkingFetch, ...(options.post ? { post: true } : {}) });
}

export type Params = Record<string, string | number | boolean | ReadonlyArray<string | number>>;

export interface CheckedAnswer {
  status: number;
  contentType: string;
  text: string;
  /** The envelope, checked against the schema. */
  response: SubsonicResponse;
}

export type Format = 'xml' | 'json';

/** A Subsonic request over plain HTTP, as curl would send it: GET, or a form body when post. */
export async function sendSubsonic(
  baseUrl: string,
  method: string,
  params: Params,
  options: { post?: boolean; suffix?: string } = {},
): Promise<{ status: number; contentType: string; text: string }> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const url = `${baseUrl}/rest/${method}${options.suffix ?? ''}`;
  const response = options.post
    ? await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: search.toString(),
      })
    : await fetch(`${url}?${search}`);
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

/** One raw Subsonic call (XML unless format json), its answer checked; GET unless post. */
export async function rawCall(
  baseUrl: string,
  method: string,
  params: Params = {},
  options: { format?: Format; view?: boolean; post?: boolean } = {},
): Promise<CheckedAnswer> {
  const sent = options.format === 'json' ? { ...params, f: 'json' } : params;
  const answer = await sendSubsonic(baseUrl, method, sent, { post: options.post, suffix: options.view ? '.view' : '' });
  const { status, contentType, text } = answer;
  expect(status, `${method}: HTTP status (${text.slice(0, 200)})`).toBe(200);
  expect(contentType, `${method}: content type`).toMatch(options.format === 'json' ? /application\/json/ : /xml/);
  return { ...answer, response: checkSubsonicAnswer(contentType, text) };
}

/** A read-only call in both formats, both checked; the two must agree on the outcome. */
export async function bothFormats(baseUrl: string, method: string, params: Params = {}) {
  const xml = await rawCall(baseUrl, method, params, { format: 'xml' });
  const json = await rawCall(baseUrl, method, params, { format: 'json' });
  expect(xml.response.status, `${method}: XML and JSON agree`).toBe(json.response.status);
  expect(xml.response.error?.code).toBe(json.response.error?.code);
  return { xml: xml.response, json: json.response };
}

/** The Subsonic error code of an answer, or undefined when it succeeded. */
export const codeOf = (response: SubsonicResponse) => response.error?.code;

/** Credentials as query parameters, in each of the forms the API accepts. */
export const credentials = {
  plain: (email: string, password: string) => ({ u: email, p: password }),
  hex: (email: string, password: string) => ({ u: email, p: `enc:${Buffer.from(password, 'utf8').toString('hex')}` }),
  token: (email: string, password: string, salt = randomBytes(8).toString('hex')) => ({
    u: email,
    t: createHash('md5')
      .update(password + salt)
      .digest('hex'),
    s: salt,
  }),
  apiKey: (key: string) => ({ apiKey: key }),
};

/** The parameters every client sends beside the credentials. */
export const CLIENT = { v: '1.16.1', c: 'sp0t1fy-tests' } as const;
