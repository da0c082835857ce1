import { useEffect, useRef } from 'react';
import { LoadMore } from './LoadMore';

/**
 * Under a paged list: loads the next page when the end of the list scrolls into view, and offers the
 * same as a button (keyboards, and browsers without IntersectionObserver).
 */
export function InfiniteList({
  hasNextPage,
  loading,
  loadMore,
  label,
}: {
  hasNextPage: boolean;
  loading: boolean;
  loadMore(): void;
  label: string;
}) {
  const sentinel = useRef<HTMLDivElement>(null);
  const latest = useRef(loadMore);
  latest.current = loadMore;

  useEffect(() => {
    const element = sentinel.current;
    // Observed again after each page: still in view (a short page) loads the next one too.
    if (!element || !hasNextPage || loading || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) latest.current();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasNextPage, loading]);

  if (!hasNextPage) return null;
  return (
    <div ref={sentinel}>
      <LoadMore label={label} loading={loading} onLoad={loadMore} />
    </div>
  );
}
