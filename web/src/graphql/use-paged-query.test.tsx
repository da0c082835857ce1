import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'graphql';
import { useState } from 'react';
import { Provider, type TypedDocumentNode } from 'urql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeApi, installFakeApi } from '../test/fake-api';
import { createApiClient } from './client';
import { usePagedQuery } from './use-paged-query';

interface Item {
  __typename: 'Item';
  id: string;
  name: string;
}
interface ItemsData {
  items: {
    __typename: 'ItemConnection';
    edges: Array<{ __typename: 'ItemEdge'; cursor: string; node: Item }>;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  } | null;
}
interface ItemsVariables {
  kind: string;
  first: number;
  after?: string;
  [name: string]: unknown;
}

// Written out rather than through graphql(): the hook serves any connection, not one of the app's queries.
const Items = parse(`
  query Items($kind: String!, $first: Int, $after: String) {
    items(kind: $kind, first: $first, after: $after) {
      edges { cursor node { id name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`) as TypedDocumentNode<ItemsData, ItemsVariables>;

const PAGE_SIZE = 2;

/** `count` items of a kind, served `first` at a time after the cursor, the way the API pages. */
function itemsPage(kind: string, count: number, variables: Record<string, unknown>) {
  const all = Array.from({ length: count }, (_, index) => ({
    __typename: 'Item' as const,
    id: `${kind}-${index + 1}`,
    name: `${kind} ${index + 1}`,
  }));
  const start = variables.after ? all.findIndex((item) => item.id === variables.after) + 1 : 0;
  const page = all.slice(start, start + Number(variables.first));
  return {
    data: {
      items: {
        __typename: 'ItemConnection',
        edges: page.map((node) => ({ __typename: 'ItemEdge', cursor: node.id, node })),
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage: start + page.length < all.length,
          endCursor: page.at(-1)?.id ?? null,
        },
      },
    },
  };
}

function ItemList() {
  const [kind, setKind] = useState('fruit');
  const paged = usePagedQuery({
    query: Items,
    variables: { kind, first: PAGE_SIZE },
    connection: (data) => data.items,
  });
  return (
    <>
      <button type="button" onClick={() => setKind('vegetable')}>
        Vegetables
      </button>
      <ul aria-label="Items">
        {paged.nodes.map((item) => (
          <li key={item.id}>{item.name}</li>
        ))}
      </ul>
      {paged.partial && <p>Partial</p>}
      {paged.hasNextPage && (
        <button type="button" onClick={paged.loadMore} disabled={paged.loadingMore}>
          {paged.loadingMore ? 'Loading' : 'More'}
        </button>
      )}
    </>
  );
}

const shown = () =>
  within(screen.getByRole('list', { name: 'Items' }))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

describe('usePagedQuery', () => {
  let api: FakeApi;
  const itemCalls = () => api.calls.filter((call) => call.operationName === 'Items').map((call) => call.variables);

  beforeEach(() => {
    api = installFakeApi().on('Items', (variables) => itemsPage(String(variables.kind), 5, variables));
    return () => vi.unstubAllGlobals();
  });

  const renderList = () => {
    render(
      <Provider value={createApiClient()}>
        <ItemList />
      </Provider>,
    );
    return userEvent.setup();
  };

  it('pages through the connection and stops at its end', async () => {
    const user = renderList();
    await screen.findByText('fruit 2');
    expect(shown()).toEqual(['fruit 1', 'fruit 2']);

    await user.click(screen.getByRole('button', { name: 'More' }));
    await screen.findByText('fruit 4');
    await user.click(screen.getByRole('button', { name: 'More' }));
    await screen.findByText('fruit 5');

    expect(shown()).toEqual(['fruit 1', 'fruit 2', 'fruit 3', 'fruit 4', 'fruit 5']);
    expect(screen.queryByRole('button', { name: 'More' })).toBeNull();
    expect(itemCalls().map((variables) => variables.after)).toEqual([undefined, 'fruit-2', 'fruit-4']);
    expect(screen.queryByText('Partial')).toBeNull();
  });

  it('starts again from the first page when the variables change', async () => {
    const user = renderList();
    await user.click(await screen.findByRole('button', { name: 'More' }));
    await screen.findByText('fruit 4');

    await user.click(screen.getByRole('button', { name: 'Vegetables' }));
    await screen.findByText('vegetable 1');
    expect(shown()).toEqual(['vegetable 1', 'vegetable 2']);

    // The next page continues the new variables from their own first page.
    await user.click(screen.getByRole('button', { name: 'More' }));
    await screen.findByText('vegetable 4');
    expect(shown()).toEqual(['vegetable 1', 'vegetable 2', 'vegetable 3', 'vegetable 4']);
    expect(itemCalls().at(-1)).toEqual({ kind: 'vegetable', first: PAGE_SIZE, after: 'vegetable-2' });
  });

  it('keeps what it had when a later page fails, and can try again', async () => {
    const user = renderList();
    await user.click(await screen.findByRole('button', { name: 'More' }));
    await screen.findByText('fruit 4');
    api.on('Items', () => ({ data: null, errors: [{ message: 'The catalog service is unavailable' }] }));

    await user.click(screen.getByRole('button', { name: 'More' }));
    await vi.waitFor(() => expect(itemCalls()).toHaveLength(3));
    expect(await screen.findByRole('button', { name: 'More' })).toBeEnabled();
    expect(shown()).toEqual(['fruit 1', 'fruit 2', 'fruit 3', 'fruit 4']);
    expect(screen.queryByText('Partial')).toBeNull();

    api.on('Items', (variables) => itemsPage('fruit', 5, variables));
    await user.click(screen.getByRole('button', { name: 'More' }));
    await screen.findByText('fruit 5');
    expect(shown()).toEqual(['fruit 1', 'fruit 2', 'fruit 3', 'fruit 4', 'fruit 5']);
    expect(itemCalls().map((variables) => variables.after)).toEqual([undefined, 'fruit-2', 'fruit-4', 'fruit-4']);
  });

  it('shows a later page that came with errors, and says the list is partial', async () => {
    const user = renderList();
    await screen.findByText('fruit 2');
    api.on('Items', (variables) => ({
      ...itemsPage('fruit', 5, variables),
      errors: [{ message: 'The users service is unavailable' }],
    }));

    await user.click(screen.getByRole('button', { name: 'More' }));
    await screen.findByText('fruit 4');
    expect(screen.getByText('Partial')).toBeVisible();
    expect(shown()).toEqual(['fruit 1', 'fruit 2', 'fruit 3', 'fruit 4']);
  });
});
