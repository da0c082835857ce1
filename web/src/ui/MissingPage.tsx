import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { errorMessage } from './LoadError';

/**
 * A page about one `what` ("album", "smart playlist") while it has not got it: loading, else it
 * could not be loaded, or there is no such thing the viewer may see (`absent`, also for an error the
 * API marks NOT_FOUND). `wayOut` links on.
 */
export function MissingPage({
  result,
  what,
  absent,
  wayOut,
}: {
  result: { fetching: boolean; data?: unknown; error?: CombinedError };
  what: string;
  absent: string;
  wayOut: ReactNode;
}) {
  if (result.fetching && !result.data) return <PageLoading what={`the ${what}`} />;
  const { error } = result;
  const failed = error && !error.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'NOT_FOUND');
  return (
    <div className="page">
      <h1>{`${what.charAt(0).toUpperCase()}${what.slice(1)} not found`}</h1>
      <p className="muted">
        {failed ? `It could not be loaded: ${errorMessage(error)}.` : absent} {wayOut}.
      </p>
    </div>
  );
}

/** What a page shows while its first answer is on its way. */
export function PageLoading({ what }: { what: string }) {
  return <p className="muted page-loading">Loading {what}…</p>;
}
