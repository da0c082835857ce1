import { type FormEvent, useId, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useLocation } from 'wouter';
import { graphql } from '../__generated__';
import type { SmartPlaylistFieldsFragment } from '../__generated__/graphql';
import { SONG_LISTS } from '../graphql/song-lists';
import { useDebounced } from '../library/use-debounced';
import { LabelledSelect } from '../ui/LabelledSelect';
import { GroupEditor } from './RuleEditor';
import { fromRulesJson, hasEmptyValue, newRulesDraft, type RulesDraft, toRulesJson } from './rule-draft';
import { type FieldError, fieldErrors, placeErrors } from './rule-errors';
import { SORT_FIELDS } from './rule-fields';
import { SmartPlaylistPreview } from './SmartPlaylistPreview';
import { SMART_PLAYLISTS } from './smart-playlist-fields';
import './smart-playlists.css';

const PreviewSmartPlaylist = graphql(`
  query PreviewSmartPlaylist($rules: SmartPlaylistRules!, $first: Int) {
    previewSmartPlaylist(rules: $rules, first: $first) {
      songCount
      songs {
        id
        title
        artist
        playCount
      }
    }
  }
`);

const CreateSmartPlaylist = graphql(`
  mutation CreateSmartPlaylist($input: SmartPlaylistInput!) {
    createSmartPlaylist(input: $input) {
      ...SmartPlaylistFields
    }
  }
`);

const UpdateSmartPlaylist = graphql(`
  mutation UpdateSmartPlaylist($id: ID!, $input: SmartPlaylistInput!, $expectedVersion: Int) {
    updateSmartPlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...SmartPlaylistFields
    }
  }
`);

/** The preview follows the rules once typing pauses this long. */
const PREVIEW_DELAY_MS = 400;
const PREVIEW_SIZE = 10;
const INPUTS = ['name', 'description', 'rules.sort', 'rules.limit'];
const SORT_DIRECTIONS = [
  { id: 'asc', label: 'Ascending' },
  { id: 'desc', label: 'Descending' },
] as const;

/** Creating (no `playlist`) or editing a smart playlist: name, rules, sort and limit, with a live preview. */
export function SmartPlaylistEditor({ playlist }: { playlist?: SmartPlaylistFieldsFragment }) {
  const [, navigate] = useLocation();
  const ids = { name: useId(), description: useId(), limit: useId() };
  const [name, setName] = useState(playlist?.name ?? '');
  const [description, setDescription] = useState(playlist?.description ?? '');
  const [draft, setDraft] = useState<RulesDraft>(() => (playlist ? fromRulesJson(playlist.rules) : newRulesDraft()));
  const [saveErrors, setSaveErrors] = useState<FieldError[]>([]);
  const [created, create] = useMutation(CreateSmartPlaylist);
  const [updated, update] = useMutation(UpdateSmartPlaylist);

  const rulesText = JSON.stringify(toRulesJson(draft));
  const settledRules = useDebounced(rulesText, PREVIEW_DELAY_MS);
  const previewVariables = useMemo(() => ({ rules: JSON.parse(settledRules), first: PREVIEW_SIZE }), [settledRules]);
  // A value not typed yet is not a mistake to point at: the preview waits (saving still says what is missing).
  const unfinished = hasEmptyValue(draft.root);
  const [preview] = useQuery({
    query: PreviewSmartPlaylist,
    variables: previewVariables,
    context: SONG_LISTS,
    pause: unfinished,
  });
  const previewCurrent = settledRules === rulesText;

  const previewErrors = unfinished ? [] : fieldErrors(preview.error);
  const errors = placeErrors(draft, [...saveErrors, ...previewErrors], INPUTS);
  const editRules = (next: RulesDraft) => {
    setDraft(next);
    setSaveErrors([]);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const input = { name: name.trim(), description: description.trim() || null, rules: toRulesJson(draft) };
    const result = playlist
      ? await update({ id: playlist.id, input, expectedVersion: playlist.version }, SMART_PLAYLISTS)
      : await create({ input }, SMART_PLAYLISTS);
    const saved =
      result.data &&
      ('createSmartPlaylist' in result.data ? result.data.createSmartPlaylist : result.data.updateSmartPlaylist);
    if (saved) {
      navigate(`/smart-playlists/${saved.id}`);
      return;
    }
    const conflict = result.error?.graphQLErrors.some((error) => error.extensions?.code === 'CONFLICT');
    setSaveErrors(
      conflict
        ? [
            {
              field: null,
              message: 'This smart playlist was changed somewhere else: reload it to edit it as it is now.',
            },
          ]
        : fieldErrors(result.error),
    );
  }

  const inputError = (field: string) => errors.at(field).join(' ') || null;
  const nameError = inputError('name');
  const limitError = inputError('rules.limit');
  const sortError = inputError('rules.sort');

  return (
    <form className="smart-editor" onSubmit={save} noValidate>
      <div className="smart-editor-main">
        {errors.elsewhere.length > 0 && (
          <p className="form-error" role="alert">
            {errors.elsewhere.join(' ')}
          </p>
        )}
        <div className="smart-editor-names">
          <div>
            <label htmlFor={ids.name}>Name</label>
            <input
              id={ids.name}
              value={name}
              maxLength={200}
              required
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? `${ids.name}-error` : undefined}
              onChange={(event) => setName(event.target.value)}
            />
            {nameError && (
              <p className="form-error" id={`${ids.name}-error`} role="alert">
                {nameError}
              </p>
            )}
          </div>
          <div>
            <label htmlFor={ids.description}>Description (optional)</label>
            <input
              id={ids.description}
              value={description}
              maxLength={1000}
              onChange={(event) => setDescription(event.target.value)}
            />
          </div>
        </div>

        <GroupEditor
          group={draft.root}
          path="rules"
          depth={1}
          errors={errors}
          onChange={(root) => editRules({ ...draft, root })}
        />

        <div className="smart-editor-order">
          <div>
            <LabelledSelect
              label="Sort by"
              options={SORT_FIELDS}
              value={draft.sortField}
              onChange={(sortField) => editRules({ ...draft, sortField })}
            />
          </div>
          <div>
            <LabelledSelect
              label="Order"
              options={SORT_DIRECTIONS}
              value={draft.sortDirection}
              disabled={draft.sortField === 'random'}
              onChange={(sortDirection) => editRules({ ...draft, sortDirection })}
            />
          </div>
          <div>
            <label htmlFor={ids.limit}>At most (songs)</label>
            <input
              id={ids.limit}
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              value={draft.limit}
              aria-invalid={limitError ? true : undefined}
              onChange={(event) => editRules({ ...draft, limit: event.target.value })}
            />
          </div>
        </div>
        {(limitError || sortError) && (
          <p className="form-error" role="alert">
            {[sortError, limitError].filter(Boolean).join(' ')}
          </p>
        )}

        <div className="smart-editor-actions">
          <button
            type="button"
            className="button-secondary"
            onClick={() => navigate(playlist ? `/smart-playlists/${playlist.id}` : '/smart-playlists')}
          >
            Cancel
          </button>
          <button
            type="submit"
            className="button-primary"
            disabled={created.fetching || updated.fetching || !name.trim()}
          >
            {playlist ? 'Save changes' : 'Create smart playlist'}
          </button>
        </div>
      </div>
      <SmartPlaylistPreview
        result={unfinished ? null : (preview.data?.previewSmartPlaylist ?? null)}
        loading={!unfinished && (preview.fetching || !previewCurrent)}
        state={unfinished ? 'unfinished' : preview.error ? 'refused' : 'shown'}
      />
    </form>
  );
}
