/**
 * The line being sung at `timeMs`: the last one whose time is at or before it, or -1 before the
 * first line starts. `lines` are in time order (the API sorts them).
 */
export function currentLineIndex(lines: ReadonlyArray<{ timeMs: number }>, timeMs: number): number {
  let low = 0;
  let high = lines.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((lines[middle]?.timeMs ?? 0) <= timeMs) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
