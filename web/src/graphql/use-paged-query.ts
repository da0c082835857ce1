import { useEffect, useMemo, useState } from 'react';
import {
  type AnyVariables,
  type OperationContext,
  type TypedDocumentNode,
  type UseQueryState,
  useClient,
  useQuery,
} from 'urql';

/** A Relay-style connection as the API answers it: `first`/`after` arguments, `pageInfo` to go on. */
export interface Connection<Node> {
  edges: ReadonlyArray<{ node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount?: number;
}

type NodeOf<Page extends Connection<{ id: string }>> = Page['edges'][number]['node'];

export interface PagedQueryOptions<Data, Variables extends AnyVariables, Page> {
  query: TypedDocumentNode<Data, Variables>;
  /** The variables of the first page, `first` included; later pages add `after`. */
  variables: Variables;
  context?: Partial<OperationContext>;
  /** Where the connection is in an answer; null or undefined when it did not come. */
  connection(data: Data): Page | null | undefined;
}

export interface PagedQuery<Data, Variables extends AnyVariables, Page extends Connection<{ id: string }>> {
  /** The first page's query, which urql keeps fresh (it is refetched when the types it shows change). */
  result: UseQueryState<Data, Variables>;
  /** The first page's connection; undefined while loading or when it failed. */
  firstPage: Page | undefined;
  /** Every node loaded so far, in order, each once. */
  nodes: NodeOf<Page>[];
  hasNextPage: boolean;
  loadingMore: boolean;
  /** Some page came with errors beside its data (a service behind some fields was down). */
  partial: boolean;
  loadMore(): Promise<void>;
  /** Asks the server again for the first page (after a CONFLICT, say: what is shown is stale). */
  refetch(): void;
}

interface LaterPages<Node> {
  /** The first page these were loaded after; a different first page makes them stale. */
  key: string;
  nodes: Node[];
  endCursor: string | null;
  hasNextPage: boolean;
  partial: boolean;
}

/**
 * The first page through urql's `useQuery`, later pages on demand, appended. Later pages belong to
 * the first page they continue: new variables, or a refreshed first page that ends elsewhere or counts
 * differently, start again from the first page. A later page that fails changes nothing, so the
 * user keeps what was shown and can try again.
 */
export function usePagedQuery<Data, Variables extends AnyVariables, Page extends Connection<{ id: string }>>({
  query,
  variables,
  context,
  connection: select,
}: PagedQueryOptions<Data, Variables, Page>): PagedQuery<Data, Variables, Page> {
  type Node = NodeOf<Page>;
  const client = useClient();
  const [result, reexecute] = useQuery<Data, Variables>({ query, variables, context });
  const [later, setLater] = useState<LaterPages<Node> | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const firstPage = (result.data && select(result.data)) || undefined;
  const key = JSON.stringify([variables, firstPage?.pageInfo.endCursor, firstPage?.totalCount]);
  const current = firstPage && later?.key === key ? later : null;
  const nodes = useMemo(() => {
    const all = [...(firstPage?.edges.map((edge) => edge.node) ?? []), ...(current?.nodes ?? [])];
    const seen = new Set<string>();
    return all.filter((node) => !seen.has(node.id) && Boolean(seen.add(node.id)));
  }, [firstPage, current]);
  const endCursor = current ? current.endCursor : (firstPage?.pageInfo.endCursor ?? null);
  // Without a cursor there is nowhere to go on from, whatever pageInfo says.
  const hasNextPage =
    Boolean(endCursor) && (current ? current.hasNextPage : (firstPage?.pageInfo.hasNextPage ?? false));

  // Let go of pages that belong to another first page.
  useEffect(() => {
    setLater((pages) => (pages?.key === key ? pages : null));
  }, [key]);

  async function loadMore() {
    if (!hasNextPage || !endCursor || loadingMore) return;
    setLoadingMore(true);
    const next = await client.query(query, { ...variables, after: endCursor }, context).toPromise();
    setLoadingMore(false);
    const page = next.data ? select(next.data) : null;
    if (!page) return;
    setLater({
      key,
      nodes: [...(current?.nodes ?? []), ...page.edges.map((edge) => edge.node)],
      endCursor: page.pageInfo.endCursor ?? null,
      hasNextPage: page.pageInfo.hasNextPage,
      partial: Boolean(current?.partial || next.error),
    });
  }

  return {
    result,
    firstPage,
    nodes,
    hasNextPage,
    loadingMore,
    partial: Boolean(firstPage && (result.error || current?.partial)),
    loadMore,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
