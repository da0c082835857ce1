import { useMemo } from 'react';
import { Provider } from 'urql';
import { useLocation } from 'wouter';
import { createApiClient } from './graphql/client';
import { AppShell } from './layout/AppShell';
import { PlayerProvider } from './player/PlayerProvider';
import { AuthScreen } from './session/AuthScreen';
import { useSession } from './session/session-store';

export function App() {
  const { session, notice } = useSession();
  const [location, navigate] = useLocation();
  // A new client per session: nothing cached for one user is ever shown to the next.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the token is the key that must renew the client
  const client = useMemo(() => createApiClient(), [session?.token]);

  return (
    <Provider value={client}>
      {session ? (
        <PlayerProvider key={session.token}>
          <AppShell />
        </PlayerProvider>
      ) : (
        <AuthScreen
          mode={location === '/sign-up' ? 'sign-up' : 'sign-in'}
          notice={notice}
          onSwitch={() => navigate(location === '/sign-up' ? '/' : '/sign-up')}
        />
      )}
    </Provider>
  );
}
