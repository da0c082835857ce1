import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { plural } from './format';
import { InfiniteList } from './InfiniteList';
import { LoadError } from './LoadError';
import { PartialNotice } from './PartialNotice';

/** What PagedListBody reads of a usePagedQuery. */
export interface PagedListState {
  result: { error?: CombinedError };
  firstPage?: { totalCount?: number };
  nodes: unknown[];
  partial: boolean;
  hasNextPage: boolean;
  loadingMore: boolean;
  loadMore(): void;
}

/** How many there are in all, once the first page came: "48 albums". */
export function pagedCount(paged: PagedListState, noun: string): string | undefined {
  return paged.firstPage && plural(paged.firstPage.totalCount ?? paged.nodes.length, noun);
}

/**
 * Everything around a paged list: that it could not be loaded, that some details are missing, that
 * it is empty (`empty`), the list itself (`children`, once it has something), and the next pages.
 */
export function PagedListBody({
  paged,
  what,
  empty,
  loadMoreLabel,
  children,
}: {
  paged: PagedListState;
  /** What failed to load, as the error says it: "The albums". */
  what: string;
  empty: ReactNode;
  loadMoreLabel: string;
  children: ReactNode;
}) {
  const { result, firstPage, nodes } = paged;
  return (
    <>
      {result.error && !firstPage && <LoadError what={what} error={result.error} />}
      <PartialNotice show={paged.partial} />
      {firstPage && nodes.length === 0 && empty}
      {nodes.length > 0 && children}
      <InfiniteList
        hasNextPage={paged.hasNextPage}
        loading={paged.loadingMore}
        loadMore={paged.loadMore}
        label={loadMoreLabel}
      />
    </>
  );
}
