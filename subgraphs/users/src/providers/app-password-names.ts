import { badUserInput } from '@sp0t1fy/platform';

export const APP_PASSWORD_NAME_MAX_LENGTH = 100;

/** A name as the settings page shows it: NFC, trimmed, 1 to 100 characters, no control characters. */
export function validateAppPasswordName(name: string): string {
  const normalised = name.normalize('NFC').trim();
  if (normalised.length === 0) {
    throw badUserInput('Name the app this password is for', { field: 'name', reason: 'EMPTY' });
  }
  if (normalised.length > APP_PASSWORD_NAME_MAX_LENGTH) {
    throw badUserInput(`Use a name of at most ${APP_PASSWORD_NAME_MAX_LENGTH} characters`, {
      field: 'name',
      reason: 'TOO_LONG',
    });
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(normalised)) {
    throw badUserInput('A name cannot contain control characters', { field: 'name', reason: 'CONTROL_CHARACTERS' });
  }
  return normalised;
}
