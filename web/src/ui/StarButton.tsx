import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { FavouriteKind } from '../__generated__/graphql';
import { Icon } from './Icon';

const Star = graphql(`
  mutation Star($kind: FavouriteKind!, $id: ID!) {
    star(kind: $kind, id: $id)
  }
`);

const Unstar = graphql(`
  mutation Unstar($kind: FavouriteKind!, $id: ID!) {
    unstar(kind: $kind, id: $id)
  }
`);

// Starring changes `starred` wherever the thing is shown, and the favourites lists.
const FAVOURITES = { additionalTypenames: ['Song', 'Album', 'Artist', 'Favourites'] };

/**
 * A toggle that stars a song, album or artist for the viewer. `starred` is null when the library
 * service could not say: then there is nothing to toggle, and the button is left out.
 */
export function StarButton({
  kind,
  id,
  name,
  starred,
  size = 18,
}: {
  kind: FavouriteKind;
  id: string;
  name: string;
  starred: boolean | null | undefined;
  size?: number;
}) {
  const [, star] = useMutation(Star);
  const [, unstar] = useMutation(Unstar);
  // Shown at once, until the refetched answer says the same; a refusal puts it back.
  const [pending, setPending] = useState<boolean | null>(null);
  const [failed, setFailed] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer from the server replaces the guess
  useEffect(() => setPending(null), [starred]);
  if (starred == null) return null;
  const shown = pending ?? starred;

  async function toggle() {
    const next = !shown;
    setPending(next);
    setFailed(false);
    const result = await (next ? star : unstar)({ kind, id }, FAVOURITES);
    if (result.error) {
      setPending(null);
      setFailed(true);
    }
  }

  return (
    <>
      <button
        type="button"
        className={`icon-button small star-button${shown ? ' starred' : ''}`}
        aria-label={`Star ${name}`}
        aria-pressed={shown}
        title={shown ? 'Unstar' : 'Star'}
        onClick={toggle}
      >
        <Icon name={shown ? 'starFilled' : 'star'} size={size} />
      </button>
      {failed && (
        <span className="error-text small" role="alert">
          Not saved
        </span>
      )}
    </>
  );
}
