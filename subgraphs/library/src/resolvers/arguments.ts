import { badUserInput } from '@sp0t1fy/platform';

/** A page size in [1, max]; an explicit null means the default. */
export function pageSize(value: number | null | undefined, fallback: number, max = 100, field = 'first'): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw badUserInput(`${field} must be between 1 and ${max}`, { field });
  }
  return size;
}
