/** The fields a smart playlist rule can test, what kind of value each takes, and its operators (README "Smart playlists"). */

export type FieldKind = 'text' | 'number' | 'date' | 'boolean';

export const FIELDS = [
  { id: 'title', label: 'Title', kind: 'text' },
  { id: 'artist', label: 'Artist', kind: 'text' },
  { id: 'album', label: 'Album', kind: 'text' },
  { id: 'albumArtist', label: 'Album artist', kind: 'text' },
  { id: 'genre', label: 'Genre', kind: 'text' },
  { id: 'year', label: 'Year', kind: 'number' },
  { id: 'durationSeconds', label: 'Length (seconds)', kind: 'number' },
  { id: 'playCount', label: 'Play count', kind: 'number' },
  { id: 'addedAt', label: 'Date added', kind: 'date' },
  { id: 'lastPlayedAt', label: 'Last played', kind: 'date' },
  { id: 'starred', label: 'Favourite', kind: 'boolean' },
] as const satisfies ReadonlyArray<{ id: string; label: string; kind: FieldKind }>;

export type FieldId = (typeof FIELDS)[number]['id'];

/** How an operator's value is entered. */
export type ValueShape = 'text' | 'number' | 'range' | 'days' | 'date' | 'boolean';

export const OPERATORS: Record<FieldKind, ReadonlyArray<{ id: string; label: string; shape: ValueShape }>> = {
  text: [
    { id: 'contains', label: 'contains', shape: 'text' },
    { id: 'notContains', label: 'does not contain', shape: 'text' },
    { id: 'is', label: 'is', shape: 'text' },
    { id: 'isNot', label: 'is not', shape: 'text' },
  ],
  number: [
    { id: 'is', label: 'is', shape: 'number' },
    { id: 'greaterThan', label: 'is more than', shape: 'number' },
    { id: 'lessThan', label: 'is less than', shape: 'number' },
    { id: 'between', label: 'is between', shape: 'range' },
  ],
  date: [
    { id: 'inTheLast', label: 'is in the last', shape: 'days' },
    { id: 'notInTheLast', label: 'is not in the last', shape: 'days' },
    { id: 'before', label: 'is before', shape: 'date' },
    { id: 'after', label: 'is after', shape: 'date' },
  ],
  boolean: [{ id: 'is', label: 'is', shape: 'boolean' }],
};

export const SORT_FIELDS: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'addedAt', label: 'Date added' },
  { id: 'title', label: 'Title' },
  { id: 'artist', label: 'Artist' },
  { id: 'album', label: 'Album' },
  { id: 'year', label: 'Year' },
  { id: 'durationSeconds', label: 'Length' },
  { id: 'playCount', label: 'Play count' },
  { id: 'lastPlayedAt', label: 'Last played' },
  { id: 'random', label: 'Random' },
];

export function fieldKind(field: string): FieldKind {
  return FIELDS.find((candidate) => candidate.id === field)?.kind ?? 'text';
}

export function operatorShape(field: string, op: string): ValueShape {
  const operators = OPERATORS[fieldKind(field)];
  return (operators.find((operator) => operator.id === op) ?? operators[0])?.shape ?? 'text';
}
