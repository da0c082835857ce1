import type { CombinedError } from 'urql';
import { Link } from 'wouter';
import { errorMessage } from './LoadError';

/** What a page about one thing says when the thing is not there, and where it sends the viewer. */
export interface MissingThing {
  /** "album", "smart playlist" */
  what: string;
  /** There is no such thing the viewer may see (also for an error the API marks NOT_FOUND). */
  absent: string;
  wayOut: { href: string; label: string };
}

/**
 * A page about one thing while it has not got it: loading, else that it could not be loaded, or that
 * there is no such thing.
 */
export function MissingPage({
  result,
  missing: { what, absent, wayOut },
}: {
  result: { fetching: boolean; data?: unknown; error?: CombinedError };
  missing: MissingThing;
}) {
  if (result.fetching && !result.data) return <PageLoading what={`the ${what}`} />;
  const { error } = result;
  const failed = error && !error.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'NOT_FOUND');
  return (
    <div className="page">
      <h1>{`${what.charAt(0).toUpperCase()}${what.slice(1)} not found`}</h1>
      <p className="muted">
        {failed ? `It could not be loaded: ${errorMessage(error)}.` : absent}{' '}
        <Link href={wayOut.href}>{wayOut.label}</Link>.
      </p>
    </div>
  );
}

/** What a page shows while its first answer is on its way. */
export function PageLoading({ what }: { what: string }) {
  return <p className="muted page-loading">Loading {what}…</p>;
}
