/** One page of a connection, as the supergraph answers it. */
export interface Page<T> {
  nodes: T[];
  endCursor?: string | null | undefined;
  hasNextPage: boolean;
}

/** The supergraph's largest page of songs, albums and artists. */
export const PAGE_SIZE = 100;

/**
 * Subsonic pages by offset; the supergraph by cursor until its `offset` argument lands (BROWSING).
 * Walks the cursor pages past `offset`: the one function to switch when it does.
 */
export async function byOffset<T>(
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

/** Every node of a connection, up to `limit`. */
export const everything = <T>(
  fetchPage: (first: number, after: string | undefined) => Promise<Page<T>>,
  limit: number,
) => byOffset(fetchPage, 0, limit);

/** A connection's edges as a Page. */
export const pageOf = <N>(connection: {
  edges: Array<{ node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}): Page<N> => ({
  nodes: connection.edges.map((edge) => edge.node),
  endCursor: connection.pageInfo.endCursor,
  hasNextPage: connection.pageInfo.hasNextPage,
});

/** Fisher-Yates, for the random lists until AlbumSort.RANDOM and randomSongs land (BROWSING). */
export function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
