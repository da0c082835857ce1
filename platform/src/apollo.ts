import type { ApolloServerOptionsWithSchema, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maskErrors } from './errors.js';
import type { Logger } from './logger.js';

export { DateTimeResolver as DateTime, JSONObjectResolver } from 'graphql-scalars';

/** What every Apollo Server in the product shares, gateway and subgraphs alike. */
export function apolloServerDefaults({ logger, nodeEnv }: { logger: Logger; nodeEnv: string }) {
  return {
    logger,
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    introspection: nodeEnv !== 'production',
    // Refuses simple (form, GET without headers) requests a browser could send cross-site.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The process's own signal handler (runService) closes every server of the process in order;
    // Apollo's would stop each on its own, and with several in one process they race it.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  } satisfies Partial<ApolloServerOptionsWithSchema<BaseContext>>;
}
