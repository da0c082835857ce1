import type { SubsonicArtistFragment } from './__generated__/graphql.js';

/** The articles Subsonic clients strip when they sort and index artists, as the server announces them. */
export const IGNORED_ARTICLES = 'The El La Los Las Le Les';
const ARTICLES = IGNORED_ARTICLES.split(' ').map((article) => `${article.toLowerCase()} `);

const withoutArticle = (name: string) => {
  const lower = name.toLowerCase();
  const article = ARTICLES.find((prefix) => lower.startsWith(prefix) && lower.length > prefix.length);
  return article ? name.slice(article.length) : name;
};

/** The index letter: the first letter without its accent and article, else #. */
export function indexLetter(name: string): string {
  const first = withoutArticle(name.trim()).normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Artists grouped by index letter, letters in order and # last, artists by name within. */
export function groupByIndex<T>(artists: SubsonicArtistFragment[], map: (artist: SubsonicArtistFragment) => T) {
  const groups = new Map<string, SubsonicArtistFragment[]>();
  for (const artist of artists) {
    const letter = indexLetter(artist.name);
    groups.set(letter, [...(groups.get(letter) ?? []), artist]);
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return [...groups.keys()]
    .sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map((name) => ({
      name,
      artist: (groups.get(name) ?? [])
        .sort((a, b) => collator.compare(withoutArticle(a.name), withoutArticle(b.name)))
        .map(map),
    }));
}
