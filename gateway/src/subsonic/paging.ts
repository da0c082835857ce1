/** One page of a connection, as the supergraph answers it. */
export interface Page<T> {
  nodes: T[];
  endCursor?: string | null | undefined;
  hasNextPage: boolean;
}

/** The supergraph's largest page of songs, albums and artists. */
export const PAGE_SIZE = 100;
/** The supergraph's deepest offset. */
const MAX_SUPERGRAPH_OFFSET = 100_000;

/** Subsonic's offset and size (up to 500) as pages of the supergraph's offset paging (up to 100). */
export async function byOffset<T>(
  fetchPage: (first: number, offset: number) => Promise<Page<T>>,
  offset: number,
  size: number,
): Promise<T[]> {
  const wanted: T[] = [];
  while (wanted.length < size && offset + wanted.length <= MAX_SUPERGRAPH_OFFSET) {
    const page = await fetchPage(Math.min(PAGE_SIZE, size - wanted.length), offset + wanted.length);
    wanted.push(...page.nodes);
    if (!page.hasNextPage || page.nodes.length === 0) break;
  }
  return wanted;
}

/** Cursor paging (favourites have no offset): skips `offset`, then takes `size`. */
export async function byCursor<T>(
  fetchPage: (first: number, after: string | undefined) => Promise<Page<T>>,
  offset: number,
  size: number,
): Promise<T[]> {
  const wanted: T[] = [];
  let skipped = 0;
  let after: string | undefined;
  while (wanted.length < size) {
    const page = await fetchPage(PAGE_SIZE, after);
    for (const node of page.nodes) {
      if (skipped < offset) skipped += 1;
      else if (wanted.length < size) wanted.push(node);
    }
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  return wanted;
}

/** A connection's edges as a Page. */
export const pageOf = <N>(connection: {
  edges: Array<{ node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}): Page<N> => ({
  nodes: connection.edges.map((edge) => edge.node),
  endCursor: connection.pageInfo.endCursor,
  hasNextPage: connection.pageInfo.hasNextPage,
});
