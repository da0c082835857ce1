import { SubsonicCode, SubsonicError } from './errors.js';
import type { Caller, Execute, GraphQLFailure } from './executor.js';
import { SubsonicSignInDocument } from './operations.js';
import type { Params } from './params.js';

export interface SignedIn {
  token: string;
  userId: string;
  email: string;
  displayName: string;
}

/** Subsonic's API version we speak: a client on another major version cannot talk to us. */
const API_MAJOR = 1;

/**
 * The request's credentials, as the contract's AppPasswordSignInInput: apiKey alone (OpenSubsonic
 * apiKeyAuthentication), or u with p (clear or enc:<hex>), or u with t (md5(password + salt)) and s.
 */
export function credentialsOf(params: Params, authorizationHeader?: string) {
  const apiKey = params.string('apiKey');
  const email = params.string('u');
  const password = params.string('p');
  const token = params.string('t');
  const salt = params.string('s');
  if (apiKey !== undefined) {
    if (email !== undefined || password !== undefined || token !== undefined || salt !== undefined) {
      throw new SubsonicError(
        SubsonicCode.CONFLICTING_AUTH,
        'Multiple conflicting authentication mechanisms provided: apiKey goes alone, without u, p, t or s',
      );
    }
    return { apiKey };
  }
  if (email === undefined) {
    // A client sending an HTTP Authorization header (Basic, a web app's Bearer token) instead of the
    // Subsonic parameters is told the mechanism is not one we take, not that a parameter is missing.
    if (authorizationHeader)
      throw new SubsonicError(
        SubsonicCode.AUTH_MECHANISM_UNSUPPORTED,
        'Authentication mechanism not supported: send u with p, or u with t and s, or apiKey (an app password from Settings)',
      );
    throw new SubsonicError(SubsonicCode.MISSING_PARAMETER, 'Required parameter is missing: u');
  }
  if (password !== undefined) {
    if (token !== undefined || salt !== undefined) {
      throw new SubsonicError(
        SubsonicCode.CONFLICTING_AUTH,
        'Multiple conflicting authentication mechanisms provided: p, or t and s, not both',
      );
    }
    return { email, password: decodePassword(password) };
  }
  if (token !== undefined && salt !== undefined) return { email, token: token.toLowerCase(), salt };
  if (token !== undefined) throw new SubsonicError(SubsonicCode.MISSING_PARAMETER, 'Required parameter is missing: s');
  if (salt !== undefined) throw new SubsonicError(SubsonicCode.MISSING_PARAMETER, 'Required parameter is missing: t');
  throw new SubsonicError(SubsonicCode.MISSING_PARAMETER, 'Required parameter is missing: p, t and s, or apiKey');
}

function decodePassword(password: string): string {
  if (!password.startsWith('enc:')) return password;
  const hex = password.slice(4);
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex))
    throw new SubsonicError(SubsonicCode.WRONG_CREDENTIALS, 'Wrong username or password');
  return Buffer.from(hex, 'hex').toString('utf8');
}

/** v is the client's API version: tolerated when absent; another major version is refused. */
export function checkVersion(params: Params): void {
  const version = params.string('v');
  if (version === undefined) return;
  const major = /^(\d+)\.\d+(?:\.\d+)?$/.exec(version)?.[1];
  if (major === undefined)
    throw new SubsonicError(
      SubsonicCode.GENERIC,
      `Invalid parameter v: ${JSON.stringify(version.slice(0, 20))} is not a version`,
    );
  if (Number(major) < API_MAJOR) {
    throw new SubsonicError(
      SubsonicCode.CLIENT_MUST_UPGRADE,
      'Incompatible Subsonic REST protocol version: the client must upgrade',
    );
  }
  if (Number(major) > API_MAJOR) {
    throw new SubsonicError(
      SubsonicCode.SERVER_MUST_UPGRADE,
      'Incompatible Subsonic REST protocol version: the server must upgrade',
    );
  }
}

/** The users service's refusals (extensions.reason) as Subsonic codes. */
export function authErrorOf(errors: readonly GraphQLFailure[]): SubsonicError {
  const first = errors[0];
  const code = first?.extensions?.code;
  switch (first?.extensions?.reason) {
    case 'TOKEN_AUTH_UNSUPPORTED':
      return new SubsonicError(
        SubsonicCode.TOKEN_AUTH_UNSUPPORTED,
        'Token authentication is not supported for this user: create an app password in the web app (Settings)',
      );
    case 'INVALID_API_KEY':
      return new SubsonicError(SubsonicCode.INVALID_API_KEY, 'Invalid API key');
    case 'TOO_MANY_ATTEMPTS':
      return new SubsonicError(
        SubsonicCode.WRONG_CREDENTIALS,
        first?.message ?? 'Too many failed sign-in attempts: wait a few minutes before trying again',
      );
    case 'WRONG_CREDENTIALS':
      return new SubsonicError(SubsonicCode.WRONG_CREDENTIALS, 'Wrong username or password');
  }
  if (code === 'UNAUTHENTICATED')
    return new SubsonicError(SubsonicCode.WRONG_CREDENTIALS, 'Wrong username or password');
  if (code === 'BAD_USER_INPUT') {
    return new SubsonicError(
      SubsonicCode.AUTH_MECHANISM_UNSUPPORTED,
      first?.message ?? 'Authentication mechanism not supported',
    );
  }
  return new SubsonicError(SubsonicCode.GENERIC, first?.message ?? 'Sign-in failed');
}

/**
 * Every request signs in afresh (no cache of the result): a revoked app password stops working at
 * once, on every instance. The token lives for this request's operations only.
 */
export async function authenticate(
  params: Params,
  caller: Caller,
  signIn: Execute,
  authorizationHeader?: string,
): Promise<SignedIn> {
  const input = credentialsOf(params, authorizationHeader);
  const data = await signIn(SubsonicSignInDocument, { input }, caller);
  const payload = data.signInWithAppPassword;
  return {
    token: payload.token,
    userId: payload.user.id,
    email: payload.user.email ?? '',
    displayName: payload.user.displayName,
  };
}
