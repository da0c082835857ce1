import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type ParseOptions, type ValidationRule } from 'graphql';
import { hideSuggestions } from './plugins/hide-suggestions.js';
import { hideTokenLimit } from './plugins/hide-token-limit.js';
import { refuseNulCharacters } from './plugins/refuse-nul-characters.js';

/**
 * What one operation may ask of the supergraph. The web app's deepest query is far below these;
 * the limits stop documents built to exhaust the gateway or the subgraphs behind it.
 */
export const QUERY_LIMITS = {
  /** Selection-set nesting, fragments counted as a level (introspection's `__schema` is exempt). */
  maxDepth: 12,
  /** Aliased fields: each alias of `login` is one more password guess in a single request. */
  maxAliases: 15,
  /** `@include`/`@skip` and friends per operation. */
  maxDirectives: 10,
  /** graphql-armor's cost model: objects 2, scalars 1, ×1.5 per level, × a literal `first`. */
  maxCost: 20_000,
  /** Lexical tokens in the document, counted by the parser before anything else runs. */
  maxTokens: 2_000,
} as const;

/**
 * Each refusal names the limit broken but not its value (exposeLimits off), and carries a stable
 * `extensions.reason` for clients. Apollo Server answers it as a 400 GRAPHQL_VALIDATION_FAILED.
 */
const refuseWith =
  (reason: string): GraphQLArmorRejectCallback =>
  (context, error) => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { reason } }));
  };

const protection = (reason: string, errorMessage: string) => ({
  exposeLimits: false,
  errorMessage,
  // The default handler reports BAD_USER_INPUT with a "Syntax Error:" prefix; ours reports a validation error.
  propagateOnRejection: false,
  onReject: [refuseWith(reason)],
});

export function queryLimits(): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<BaseContext>[];
  parseOptions: ParseOptions;
} {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ...protection('QUERY_TOO_DEEP', 'The query is nested too deeply.') },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...protection('TOO_MANY_ALIASES', 'The query uses too many aliases.') },
    maxDirectives: {
      n: QUERY_LIMITS.maxDirectives,
      ...protection('TOO_MANY_DIRECTIVES', 'The query uses too many directives.'),
    },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      ...protection('QUERY_TOO_COSTLY', 'The query asks for too much at once.'),
    },
    // armor's token plugin throws from parsingDidStart, which Apollo Server 5 answers as a 500;
    // graphql-js's own parser limit (parseOptions.maxTokens below) refuses the same documents as a 400.
    maxTokens: { enabled: false },
    // armor's suggestion mask leaves a dangling "?" and misses enum-value suggestions; see hideSuggestions.
    blockFieldSuggestion: { enabled: false },
  });
  // With tokens and suggestions handled here, armor's protections are validation rules only.
  const { validationRules } = armor.protect();
  return {
    validationRules,
    plugins: [hideSuggestions(), hideTokenLimit(), refuseNulCharacters()],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}
