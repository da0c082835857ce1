/** The command was called wrongly (exit code 2): the message says how to call it. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** What a GraphQL error from the server says: its `extensions.code` and, for refused files, `reason`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly code: string,
    readonly reason?: string,
  ) {
    super(message);
  }

  /** The server judged this request and said no: sending the same again gets the same answer. */
  get isRefusal(): boolean {
    return this.code === 'BAD_USER_INPUT';
  }
}

/** The server could not be reached or answered something that is not GraphQL. */
export class ServerUnavailableError extends Error {
  override readonly name = 'ServerUnavailableError';
}
