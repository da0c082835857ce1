/**
 * Moves the item at `from` to `to` (both indexes into `items`, `to` being where it ends up), returning
 * a new array. Out-of-range indexes leave the order unchanged; `to` is clamped to the ends, so
 * "move down" on the last item and "move up" on the first are no-ops rather than errors.
 */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (!Number.isInteger(from) || from < 0 || from >= items.length || !Number.isInteger(to)) return result;
  const target = Math.min(Math.max(0, to), items.length - 1);
  const [moved] = result.splice(from, 1);
  result.splice(target, 0, moved as T);
  return result;
}
