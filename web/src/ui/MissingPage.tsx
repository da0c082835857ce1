import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { errorMessage } from './LoadError';

/** A page about one thing (an album, a playlist) while its first answer is on its way. */
export function PageLoading({ what }: { what: string }) {
  return <p className="muted page-loading">Loading {what}…</p>;
}

/**
 * A page about one thing that did not come: it could not be loaded (`error`), or there is no such
 * thing the viewer may see (`absent`, also for an error the API marks NOT_FOUND). `wayOut` links on.
 */
export function NotFoundPage({
  title,
  error,
  absent,
  wayOut,
}: {
  title: string;
  error: CombinedError | undefined;
  absent: string;
  wayOut: ReactNode;
}) {
  const failed = error && !error.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'NOT_FOUND');
  return (
    <div className="page">
      <h1>{title}</h1>
      <p className="muted">
        {failed ? `It could not be loaded: ${errorMessage(error)}.` : absent} {wayOut}.
      </p>
    </div>
  );
}
