import { graphql } from '../__generated__';
import type { HistoryQuery, SongFieldsFragment } from '../__generated__/graphql';
import { usePagedQuery } from '../graphql/use-paged-query';
import { usePlayer } from '../player/PlayerProvider';
import { SongMenu } from '../songs/SongMenu';
import { EmptyState } from '../ui/EmptyState';
import { formatListeningTime, formatWhen, plural } from '../ui/format';
import { LoadError } from '../ui/LoadError';
import { LoadMore } from '../ui/LoadMore';
import { PageHeader } from '../ui/PageHeader';
import { PartialNotice } from '../ui/PartialNotice';
import { RecordedSongCells } from '../ui/RecordedSongCells';
// History rows are song rows: their columns override the song list's, so its styles come first.
import '../songs/song-list.css';
import './history.css';

const History = graphql(`
  query History($first: Int, $after: String) {
    me {
      id
      listeningStats {
        totalPlays
        secondsListened
        distinctSongs
        topArtists(first: 1) {
          artist
          plays
        }
      }
      history(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            action
            occurredAt
            songTitle
            songArtist
            songRemoved
            song {
              ...SongFields
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

type ListeningStats = NonNullable<NonNullable<HistoryQuery['me']>['listeningStats']>;

const PAGE_SIZE = 50;
// New plays and deleted songs change the history.
const LISTENING = { additionalTypenames: ['Song', 'PlaybackEvent'] };

/** The user's listens, newest first: each PLAY event is one listen. */
export function HistoryPage() {
  const player = usePlayer();
  const paged = usePagedQuery({
    query: History,
    variables: { first: PAGE_SIZE },
    context: LISTENING,
    // Null (with an error) when the playback service is down; then there is no history to show.
    connection: (data) => data.me?.history,
  });
  const { result, firstPage, nodes: events, hasNextPage, loadingMore, loadMore } = paged;
  const me = result.data?.me;
  const listens = events.filter((event) => event.action === 'PLAY');
  // Some fields came back null with an error (a service down), so a missing song may just be unreachable.
  const incomplete = paged.partial;
  const playable = listens.map((event) => event.song).filter((song): song is SongFieldsFragment => Boolean(song));

  return (
    <div className="page">
      <PageHeader title="History">What you listened to, newest first.</PageHeader>

      {me?.listeningStats && <ListeningStatsCards stats={me.listeningStats} />}

      {result.error && !firstPage && <LoadError what="Your history" error={result.error} />}

      <PartialNotice show={incomplete} />

      {firstPage && listens.length === 0 && !hasNextPage && (
        <EmptyState icon="history" title="Nothing played yet" link={{ href: '/', label: 'Find something to play' }}>
          Songs you play show up here, with when you listened.
        </EmptyState>
      )}

      {listens.length > 0 && (
        <ol className="song-list history-list" aria-label="Recent listens">
          {listens.map((event) => {
            const song = event.song;
            return (
              <li key={event.id} className="song-row history-row">
                <RecordedSongCells
                  song={song}
                  recorded={event}
                  playing={false}
                  onPlay={() => song && player.playQueue(playable, playable.indexOf(song))}
                />
                <span className="song-genre">
                  {/* A song missing because the catalog is down is not "removed": the notice says why. */}
                  {(event.songRemoved || (!song && !incomplete)) && <span className="tag tag-muted">Removed</span>}
                </span>
                <time className="song-when muted" dateTime={event.occurredAt}>
                  {formatWhen(event.occurredAt)}
                </time>
                <span className="song-actions">{song && <SongMenu song={song} />}</span>
              </li>
            );
          })}
        </ol>
      )}

      {hasNextPage && <LoadMore label="Load earlier listens" loading={loadingMore} onLoad={loadMore} />}
      {listens.length > 0 && <p className="muted small footnote">{plural(listens.length, 'listen')} shown.</p>}
    </div>
  );
}

function ListeningStatsCards({ stats }: { stats: ListeningStats }) {
  const topArtist = stats.topArtists[0];
  const cards = [
    { value: stats.totalPlays.toLocaleString('en'), label: stats.totalPlays === 1 ? 'play' : 'plays' },
    { value: formatListeningTime(stats.secondsListened), label: 'listened' },
    { value: stats.distinctSongs.toLocaleString('en'), label: stats.distinctSongs === 1 ? 'song' : 'different songs' },
    ...(topArtist ? [{ value: topArtist.artist, label: 'your top artist' }] : []),
  ];
  return (
    <section className="stats" aria-label="Listening statistics">
      {cards.map((card) => (
        <div className="stat" key={card.label}>
          <span className="stat-value" title={card.value}>
            {card.value}
          </span>
          <span className="stat-label muted">{card.label}</span>
        </div>
      ))}
    </section>
  );
}
