import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

// graphql-js ends "unknown field/argument/type/enum value" messages with `Did you mean "x", "y"?` or
// `Did you mean the enum value "X"?`; with introspection off those hints would map the schema.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Removes graphql-js's "Did you mean …?" hints from every error, so misspellings cannot map the schema. */
export function hideSuggestions(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          // GraphQLError#message is writable; Apollo formats these same objects after this hook.
          for (const error of errors) (error as { message: string }).message = error.message.replace(SUGGESTION, '');
        },
      };
    },
  };
}
