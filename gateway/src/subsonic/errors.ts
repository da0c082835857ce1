/** The error codes of the Subsonic API (1.16.1) and the OpenSubsonic additions. */
export const SubsonicCode = {
  GENERIC: 0,
  MISSING_PARAMETER: 10,
  CLIENT_MUST_UPGRADE: 20,
  SERVER_MUST_UPGRADE: 30,
  WRONG_CREDENTIALS: 40,
  TOKEN_AUTH_UNSUPPORTED: 41,
  AUTH_MECHANISM_UNSUPPORTED: 42,
  CONFLICTING_AUTH: 43,
  INVALID_API_KEY: 44,
  NOT_AUTHORIZED: 50,
  NOT_FOUND: 70,
} as const;

export type SubsonicCodeValue = (typeof SubsonicCode)[keyof typeof SubsonicCode];

/**
 * A failure answered inside the Subsonic envelope (status="failed", HTTP 200, as every client
 * expects), never as an HTML page or a 5xx.
 */
export class SubsonicError extends Error {
  constructor(
    readonly code: SubsonicCodeValue,
    message: string,
  ) {
    super(message);
    this.name = 'SubsonicError';
  }
}

export const missingParameter = (name: string) =>
  new SubsonicError(SubsonicCode.MISSING_PARAMETER, `Required parameter is missing: ${name}`);

export const invalidParameter = (name: string, why: string) =>
  new SubsonicError(SubsonicCode.GENERIC, `Invalid parameter ${name}: ${why}`);

export const notFound = (what: string) => new SubsonicError(SubsonicCode.NOT_FOUND, `${what} not found`);
