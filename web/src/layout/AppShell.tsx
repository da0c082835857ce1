import { lazy, Suspense, useEffect } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { graphql } from '../__generated__';
import { AlbumPage } from '../albums/AlbumPage';
import { AlbumsPage } from '../albums/AlbumsPage';
import { ArtistPage } from '../artists/ArtistPage';
import { ArtistsPage } from '../artists/ArtistsPage';
import { ChartsPage } from '../charts/ChartsPage';
import { FavouritesPage } from '../favourites/FavouritesPage';
import { HistoryPage } from '../history/HistoryPage';
import { LibraryPage } from '../library/LibraryPage';
import { PlayerBar } from '../player/PlayerBar';
import { usePlayer } from '../player/PlayerProvider';
import { PlaylistPage } from '../playlists/PlaylistPage';
import { PlaylistsPage } from '../playlists/PlaylistsPage';
import { SidebarPlaylists } from '../playlists/SidebarPlaylists';
import { endSession, useSession } from '../session/session-store';
import { SettingsPage } from '../settings/SettingsPage';
import { EditSmartPlaylistPage, NewSmartPlaylistPage } from '../smart-playlists/SmartPlaylistEditorPage';
import { SmartPlaylistPage } from '../smart-playlists/SmartPlaylistPage';
import { SmartPlaylistsPage } from '../smart-playlists/SmartPlaylistsPage';
import { Announcer } from '../ui/announcer';
import { Icon, type IconName } from '../ui/Icon';
import { UploadPage } from '../upload/UploadPage';
import { UploadProvider } from '../upload/UploadProvider';
import './shell.css';

// GraphiQL and its editor are large: they load only when the playground is opened.
const PlaygroundPage = lazy(() => import('../playground/PlaygroundPage'));

const Me = graphql(`
  query Me {
    me {
      id
      displayName
      email
    }
  }
`);

const SignOut = graphql(`
  mutation SignOut {
    logout
  }
`);

const NAVIGATION: Array<{ href: string; label: string; icon: IconName }> = [
  { href: '/', label: 'Library', icon: 'library' },
  { href: '/albums', label: 'Albums', icon: 'album' },
  { href: '/artists', label: 'Artists', icon: 'artist' },
  { href: '/favourites', label: 'Favourites', icon: 'star' },
  { href: '/playlists', label: 'Playlists', icon: 'playlist' },
  { href: '/smart-playlists', label: 'Smart playlists', icon: 'smartPlaylist' },
  { href: '/upload', label: 'Upload', icon: 'upload' },
  { href: '/history', label: 'History', icon: 'history' },
  { href: '/charts', label: 'Top charts', icon: 'chart' },
  { href: '/playground', label: 'Playground', icon: 'code' },
  { href: '/settings', label: 'Settings', icon: 'settings' },
];

function NavItem({ href, label, icon }: { href: string; label: string; icon: IconName }) {
  const [location] = useLocation();
  const active = href === '/' ? location === '/' : location.startsWith(href);
  return (
    <Link href={href} className={`nav-link${active ? ' active' : ''}`} aria-current={active ? 'page' : undefined}>
      <Icon name={icon} size={22} />
      <span>{label}</span>
    </Link>
  );
}

export function AppShell() {
  const { session } = useSession();
  const player = usePlayer();
  const [location] = useLocation();
  // Checking the stored token at start: a revoked or expired one signs out with a notice.
  const [me] = useQuery({ query: Me });
  const [, signOut] = useMutation(SignOut);
  const displayName = me.data?.me?.displayName ?? session?.user.displayName ?? '';

  useEffect(() => {
    const page = NAVIGATION.find((item) => (item.href === '/' ? location === '/' : location.startsWith(item.href)));
    document.title = page ? `${page.label} · Sp0t1fy` : 'Sp0t1fy';
  }, [location]);

  async function onSignOut() {
    player.stop();
    await signOut({});
    endSession();
  }

  const playground = location.startsWith('/playground');
  return (
    <UploadProvider>
      <div className={`shell${playground ? ' shell-wide' : ''}`}>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="sidebar">
          <Link href="/" className="brand" aria-label="Sp0t1fy home">
            <span className="brand-mark">
              <Icon name="note" size={20} />
            </span>
            <span className="brand-name">Sp0t1fy</span>
          </Link>
          <nav aria-label="Main" className="nav">
            {NAVIGATION.map((item) => (
              <NavItem key={item.href} {...item} />
            ))}
          </nav>
          <SidebarPlaylists />
          <div className="account">
            <span className="avatar" aria-hidden="true">
              {displayName.slice(0, 1).toUpperCase()}
            </span>
            <span className="account-name" title={me.data?.me?.email ?? undefined}>
              {displayName}
            </span>
            <button type="button" className="icon-button" aria-label="Sign out" title="Sign out" onClick={onSignOut}>
              <Icon name="signOut" />
            </button>
          </div>
        </header>
        <main id="main" className="content" tabIndex={-1}>
          <Switch>
            <Route path="/" component={LibraryPage} />
            <Route path="/albums" component={AlbumsPage} />
            <Route path="/albums/:id" component={AlbumPage} />
            <Route path="/artists" component={ArtistsPage} />
            <Route path="/artists/:id" component={ArtistPage} />
            <Route path="/favourites" component={FavouritesPage} />
            <Route path="/playlists" component={PlaylistsPage} />
            <Route path="/playlists/:id" component={PlaylistPage} />
            <Route path="/smart-playlists" component={SmartPlaylistsPage} />
            <Route path="/smart-playlists/new" component={NewSmartPlaylistPage} />
            <Route path="/smart-playlists/:id/edit" component={EditSmartPlaylistPage} />
            <Route path="/smart-playlists/:id" component={SmartPlaylistPage} />
            <Route path="/upload" component={UploadPage} />
            <Route path="/history" component={HistoryPage} />
            <Route path="/charts" component={ChartsPage} />
            <Route path="/settings" component={SettingsPage} />
            <Route path="/playground">
              <Suspense fallback={<p className="muted page-loading">Loading the playground…</p>}>
                <PlaygroundPage />
              </Suspense>
            </Route>
            <Route path="/sign-up">
              <Redirect to="/" />
            </Route>
            <Route>
              <div className="page">
                <h1>Page not found</h1>
                <p className="muted">
                  There is nothing here. <Link href="/">Go to your library</Link>.
                </p>
              </div>
            </Route>
          </Switch>
        </main>
        <PlayerBar />
        <Announcer />
      </div>
    </UploadProvider>
  );
}
