import { useId } from 'react';
import type { SongMetadataInput } from '../__generated__/graphql';
import './metadata-fields.css';

/** The editable tags of a song, as typed (strings), before they become a SongMetadataInput. */
export interface MetadataDraft {
  title: string;
  artist: string;
  album: string;
  genre: string;
  releaseYear: string;
}

export const emptyDraft: MetadataDraft = { title: '', artist: '', album: '', genre: '', releaseYear: '' };

/** Blank fields are left out, so the server falls back to the file's tags and its defaults. */
export function toMetadataInput(draft: MetadataDraft): SongMetadataInput {
  const text = (value: string) => value.trim() || null;
  const year = Number.parseInt(draft.releaseYear, 10);
  return {
    title: text(draft.title),
    artist: text(draft.artist),
    album: text(draft.album),
    genre: text(draft.genre),
    releaseYear: Number.isFinite(year) ? year : null,
  };
}

const FIELDS: Array<{ key: keyof MetadataDraft; label: string; wide?: boolean; inputMode?: 'numeric' }> = [
  { key: 'title', label: 'Title', wide: true },
  { key: 'artist', label: 'Artist' },
  { key: 'album', label: 'Album' },
  { key: 'genre', label: 'Genre' },
  { key: 'releaseYear', label: 'Year', inputMode: 'numeric' },
];

export function MetadataFields({
  draft,
  onChange,
  invalidField,
  disabled,
  labelSuffix = '',
}: {
  draft: MetadataDraft;
  onChange(next: MetadataDraft): void;
  invalidField?: string;
  disabled?: boolean;
  /** Distinguishes the fields of several songs on one page, e.g. "for song.mp3". */
  labelSuffix?: string;
}) {
  const id = useId();
  return (
    <div className="metadata-fields">
      {FIELDS.map((field) => (
        <div key={field.key} className={`field${field.wide ? ' field-wide' : ''}`}>
          <label htmlFor={`${id}-${field.key}`}>
            {field.label}
            {labelSuffix && <span className="visually-hidden"> {labelSuffix}</span>}
          </label>
          <input
            id={`${id}-${field.key}`}
            value={draft[field.key]}
            inputMode={field.inputMode}
            maxLength={field.key === 'releaseYear' ? 4 : 200}
            disabled={disabled}
            aria-invalid={invalidField === field.key || undefined}
            onChange={(event) => onChange({ ...draft, [field.key]: event.target.value })}
          />
        </div>
      ))}
    </div>
  );
}
