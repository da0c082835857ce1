import type { ColumnType } from 'kysely';

export interface SongsTable {
  id: ColumnType<string, string | undefined, never>;
  title: string;
  created_at: ColumnType<Date, never, never>;
}

export interface CatalogDatabase {
  songs: SongsTable;
}
