import { createHash, timingSafeEqual } from 'node:crypto';
import { badUserInput, unauthenticated } from '@sp0t1fy/platform';
import { GraphQLError } from 'graphql';
import type { AppPasswordRow, UserRow } from '../database.js';
import { type AppPasswordCipher, looksLikeAppPassword } from './app-password-crypto.js';
import type { AppPasswordsRepository } from './app-passwords-repository.js';
import { normaliseEmail } from './credentials.js';
import type { LoginThrottle } from './login-throttle.js';
import type { UsersRepository } from './users-repository.js';

export interface AppPasswordCredentials {
  email?: string | null | undefined;
  password?: string | null | undefined;
  token?: string | null | undefined;
  salt?: string | null | undefined;
  apiKey?: string | null | undefined;
}

type Form =
  | { kind: 'password'; email: string; password: string }
  | { kind: 'token'; email: string; token: string; salt: string }
  | { kind: 'apiKey'; apiKey: string };

/** Subsonic salts are a few random characters; anything longer is not a client's. */
const MAX_SALT_LENGTH = 256;
/** The throttle's account for API keys, which name no account until they are checked. */
const API_KEY_ACCOUNT = 'api key';

/** The one form the input takes; anything else (none, two, or a part missing) is BAD_USER_INPUT. */
export function credentialsForm(input: AppPasswordCredentials): Form {
  const given = (value: string | null | undefined): value is string => value !== null && value !== undefined;
  const { email, password, token, salt, apiKey } = input;
  const parts = [email, password, token, salt, apiKey].filter(given).length;
  if (given(apiKey) && parts === 1) return { kind: 'apiKey', apiKey };
  if (given(email) && given(password) && parts === 2) return { kind: 'password', email, password };
  if (given(email) && given(token) && given(salt) && parts === 3) return { kind: 'token', email, token, salt };
  throw badUserInput('Give exactly one of: email and password; email, token and salt; or apiKey', {
    field: 'input',
    reason: 'CREDENTIALS_FORM',
  });
}

const wrongCredentials = () => unauthenticated('Email or app password is incorrect', { reason: 'WRONG_CREDENTIALS' });
const invalidApiKey = () => unauthenticated('This API key is not valid', { reason: 'INVALID_API_KEY' });
const tokenAuthUnsupported = () =>
  unauthenticated('Token authentication needs an app password: create one in Settings', {
    reason: 'TOKEN_AUTH_UNSUPPORTED',
  });

export interface AppPasswordSignInDeps {
  appPasswords: AppPasswordsRepository;
  users: UsersRepository;
  cipher: AppPasswordCipher;
  throttle: LoginThrottle;
}

/** Who the credentials sign in, and with which app password; every failure counts against the throttle. */
export async function checkAppPassword(
  input: AppPasswordCredentials,
  clientIp: string,
  deps: AppPasswordSignInDeps,
): Promise<{ user: UserRow; appPassword: AppPasswordRow }> {
  const form = credentialsForm(input);
  const account = form.kind === 'apiKey' ? API_KEY_ACCOUNT : normaliseEmail(form.email);
  const attempt = await deps.throttle.beginChecked(account, clientIp);
  const found = await find(form, deps).catch(async (error: unknown) => {
    // Wrong credentials count; a database outage is not the caller's failure.
    if (error instanceof GraphQLError) await attempt.failed();
    throw error;
  });
  await attempt.succeeded();
  await deps.appPasswords.markUsed(found.appPassword);
  return found;
}

async function find(form: Form, deps: AppPasswordSignInDeps) {
  switch (form.kind) {
    case 'apiKey': {
      const found = looksLikeAppPassword(form.apiKey)
        ? await deps.appPasswords.findByDigest(deps.cipher.digest(form.apiKey))
        : undefined;
      if (!found) throw invalidApiKey();
      return found;
    }
    case 'password': {
      const found = looksLikeAppPassword(form.password)
        ? await deps.appPasswords.findByDigest(deps.cipher.digest(form.password))
        : undefined;
      if (!found || found.user.email !== normaliseEmail(form.email)) throw wrongCredentials();
      return found;
    }
    case 'token': {
      const user = await deps.users.findByEmail(normaliseEmail(form.email));
      if (!user) throw wrongCredentials();
      const rows = await deps.appPasswords.listForUser(user.id);
      if (rows.length === 0) throw tokenAuthUnsupported();
      const token = /^[0-9a-f]{32}$/i.test(form.token) ? Buffer.from(form.token, 'hex') : null;
      if (!token || form.salt.length === 0 || form.salt.length > MAX_SALT_LENGTH) throw wrongCredentials();
      // Every row is compared, in constant time each, so the answer's timing does not say which matched.
      let match: AppPasswordRow | undefined;
      for (const row of rows) {
        const password = deps.cipher.decrypt(row.password_encrypted, user.id);
        if (password === null) continue;
        const expected = createHash('md5')
          .update(password + form.salt, 'utf8')
          .digest();
        if (timingSafeEqual(expected, token)) match ??= row;
      }
      if (!match) throw wrongCredentials();
      return { user, appPassword: match };
    }
  }
}
