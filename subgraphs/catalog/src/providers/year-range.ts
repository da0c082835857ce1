import { type Expression, type SqlBool, sql } from 'kysely';

export interface YearRangeArgs {
  fromYear?: number | null;
  toYear?: number | null;
}

/**
 * Release years from..to inclusive, either way round (fromYear > toYear only reverses a list's order),
 * or one side when only one is given; none when neither is.
 */
export function yearRange(
  column: Expression<number | null>,
  { fromYear, toYear }: YearRangeArgs,
): Expression<SqlBool>[] {
  if (fromYear != null && toYear != null) {
    return [sql<SqlBool>`${column} between ${Math.min(fromYear, toYear)} and ${Math.max(fromYear, toYear)}`];
  }
  if (fromYear != null) return [sql<SqlBool>`${column} >= ${fromYear}`];
  if (toYear != null) return [sql<SqlBool>`${column} <= ${toYear}`];
  return [];
}
