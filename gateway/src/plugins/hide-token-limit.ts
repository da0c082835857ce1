import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

// graphql-js's parser stops at parseOptions.maxTokens with "Document contains more that N tokens".
const TOKEN_LIMIT = /^Syntax Error: Document contains more \w+ \d+ tokens/;

/** Words the parser's token-limit refusal like the other limits: what was wrong, not the limit's value. */
export function hideTokenLimit(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!TOKEN_LIMIT.test(error.message)) continue;
            // GraphQLError#message and #extensions are writable; Apollo formats these same objects next.
            (error as { message: string }).message = 'The query is too long.';
            Object.assign(error.extensions, { reason: 'QUERY_TOO_LONG' });
          }
        },
      };
    },
  };
}
