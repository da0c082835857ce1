import 'graphiql/setup-workers/vite';
// Before GraphiQL's own styles, which win where both set something, as they did when ours came first.
import './playground.css';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { useMemo } from 'react';
import { useSession } from '../session/session-store';

const DEFAULT_QUERY = `# The Sp0t1fy API, as you.
# Run with the play button or Ctrl+Enter.

query MyAccount {
  me {
    id
    displayName
    email
  }
}
`;

/** GraphiQL on the same /graphql the app uses, as the signed-in user. */
export default function PlaygroundPage() {
  const { session } = useSession();
  const token = session?.token;
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: new URL('/graphql', location.href).href,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
    [token],
  );
  return (
    <div className="playground">
      <h1 className="visually-hidden">GraphQL playground</h1>
      <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultEditorToolsVisibility={false} />
    </div>
  );
}
