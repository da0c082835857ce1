import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { SONG_LISTS } from '../graphql/song-lists';
import { SongList } from '../songs/SongList';
import { EmptyState } from '../ui/EmptyState';
import { LoadError } from '../ui/LoadError';
import { PageHeader } from '../ui/PageHeader';
import { PartialNotice } from '../ui/PartialNotice';
import { RadioChoices } from '../ui/RadioChoices';
import './charts.css';

const TopSongs = graphql(`
  query TopSongs($first: Int, $since: DateTime) {
    topSongs(first: $first, since: $since) {
      ...SongFields
    }
  }
`);

const PERIODS = [
  { id: 'week', label: 'This week', days: 7 },
  { id: 'month', label: 'This month', days: 30 },
  { id: 'all', label: 'All time', days: null },
] as const;

type PeriodId = (typeof PERIODS)[number]['id'];
const CHART_SIZE = 20;

/** The most played songs of everyone, over a period. */
export function ChartsPage() {
  const [period, setPeriod] = useState<PeriodId>('all');
  const since = useMemo(() => {
    const days = PERIODS.find((candidate) => candidate.id === period)?.days;
    // Rounded to the hour, so the variables (and the cache entry) stay the same while the page is open.
    return days ? new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - days * 86_400_000).toISOString() : null;
  }, [period]);
  const [result] = useQuery({ query: TopSongs, variables: { first: CHART_SIZE, since }, context: SONG_LISTS });
  // Null (with an error) when the playback service or the catalog is down.
  const topSongs = result.data?.topSongs;
  const songs = topSongs ?? [];

  return (
    <div className="page">
      <PageHeader title="Top charts">The most played songs on this server.</PageHeader>
      <RadioChoices legend="Period" className="segmented" options={PERIODS} value={period} onChange={setPeriod} />
      {result.error && !topSongs && <LoadError what="The charts" error={result.error} />}
      <PartialNotice show={Boolean(topSongs && result.error)} />
      {topSongs && songs.length === 0 && (
        <EmptyState
          icon="chart"
          title={`No plays ${period === 'all' ? 'yet' : 'in this period'}`}
          link={{ href: '/', label: 'Go to the library' }}
        >
          Play some songs and the most popular ones will rank here.
        </EmptyState>
      )}
      {songs.length > 0 && <SongList songs={songs} label="Top songs" rank={(index) => String(index + 1)} />}
    </div>
  );
}
