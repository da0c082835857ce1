import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { badUserInput, maskErrors } from '../src/errors.js';

describe('error masking', () => {
  const logged: unknown[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });
  const mask = maskErrors(logger);

  it('passes expected errors with their code and without stack traces', () => {
    const error = badUserInput('Title is too long', { field: 'title' });
    const formatted = mask(
      { message: error.message, extensions: { ...error.extensions, stacktrace: ['at secret.ts:1'] } },
      error,
    );
    expect(formatted).toEqual({
      message: 'Title is too long',
      extensions: { code: 'BAD_USER_INPUT', field: 'title', http: { status: 200 } },
    });
  });

  it('replaces unexpected errors with a generic one and logs the original', () => {
    const original = new GraphQLError('relation "users" does not exist', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const formatted = mask(
      { message: original.message, path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      original,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['me'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(logged)).toContain('relation \\"users\\" does not exist');
  });
});
