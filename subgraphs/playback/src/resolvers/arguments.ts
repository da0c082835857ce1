import { badUserInput } from '@sp0t1fy/platform';

/** A page size in [min, 100]; an explicit null means the default. */
export function pageSize(value: number | null | undefined, fallback: number, field = 'first', min = 1): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < min || size > 100) {
    throw badUserInput(`${field} must be between ${min} and 100`, { field });
  }
  return size;
}
