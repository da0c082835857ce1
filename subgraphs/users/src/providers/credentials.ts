import { badUserInput } from '@sp0t1fy/platform';
import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 8;
// Long enough for passphrases and password managers; bounded so argon2 never hashes megabytes.
export const PASSWORD_MAX_LENGTH = 128;
const DISPLAY_NAME_MAX_LENGTH = 64;

/** Emails are compared in one form: Unicode-normalised, trimmed, lower-cased. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

const emailSchema = z.email({ message: 'Enter a valid email address' }).max(254, 'That email address is too long');

export function validateRegistration(input: { email: string; password: string; displayName?: string | null }) {
  const email = normaliseEmail(input.email);
  const parsedEmail = emailSchema.safeParse(email);
  if (!parsedEmail.success)
    throw badUserInput(parsedEmail.error.issues[0]?.message ?? 'Invalid email', { field: 'email' });

  const { password } = input;
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw badUserInput(`Use a password of at least ${PASSWORD_MIN_LENGTH} characters`, { field: 'password' });
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw badUserInput(`Use a password of at most ${PASSWORD_MAX_LENGTH} characters`, { field: 'password' });
  }
  if (password.trim().length === 0) throw badUserInput('A password cannot be only spaces', { field: 'password' });
  if (normaliseEmail(password) === email) {
    throw badUserInput('Your password cannot be your email address', { field: 'password' });
  }

  const displayName = (input.displayName ?? email.split('@')[0] ?? '').normalize('NFC').trim();
  if (displayName.length === 0) throw badUserInput('Enter a display name', { field: 'displayName' });
  if (displayName.length > DISPLAY_NAME_MAX_LENGTH) {
    throw badUserInput(`Use a display name of at most ${DISPLAY_NAME_MAX_LENGTH} characters`, { field: 'displayName' });
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(displayName)) {
    throw badUserInput('A display name cannot contain control characters', { field: 'displayName' });
  }
  return { email, password, displayName };
}
