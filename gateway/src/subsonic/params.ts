import { invalidParameter, missingParameter } from './errors.js';

/** Offsets further than this are refused: paging that deep is a client bug or an attack. */
export const MAX_OFFSET = 100_000;

/**
 * A request's parameters, from the query string and a form-encoded body together (OpenSubsonic
 * formPost). A name given twice is a list only where the method reads it as one.
 */
export class Params {
  private readonly values = new Map<string, string[]>();

  constructor(...sources: URLSearchParams[]) {
    for (const source of sources) {
      for (const [name, value] of source) {
        const list = this.values.get(name);
        if (list) list.push(value);
        else this.values.set(name, [value]);
      }
    }
  }

  has(name: string): boolean {
    return this.string(name) !== undefined;
  }

  /** The value, or undefined when absent or empty; given more than once is an error. */
  string(name: string): string | undefined {
    const list = this.values.get(name);
    if (!list || list.length === 0) return undefined;
    if (list.length > 1) throw invalidParameter(name, 'given more than once');
    return list[0] === '' ? undefined : list[0];
  }

  required(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw missingParameter(name);
    return value;
  }

  /** Every non-empty value, for the parameters the API repeats (id, songIdToAdd, ...). */
  list(name: string): string[] {
    return (this.values.get(name) ?? []).filter((value) => value !== '');
  }

  /**
   * An integer, or `fallback` when absent. Above `max` it is capped (as Navidrome does for sizes);
   * below `min`, or not a number, is an error.
   */
  int(name: string, options: { fallback: number; min?: number; max?: number }): number;
  int(name: string, options: { fallback?: undefined; min?: number; max?: number }): number | undefined;
  int(name: string, options: { fallback?: number; min?: number; max?: number }): number | undefined {
    const raw = this.string(name);
    if (raw === undefined) return options.fallback;
    if (!/^-?\d{1,15}$/.test(raw))
      throw invalidParameter(name, `${JSON.stringify(raw.slice(0, 40))} is not a whole number`);
    const value = Number(raw);
    const min = options.min ?? 0;
    if (value < min) throw invalidParameter(name, `must be at least ${min}`);
    return options.max !== undefined ? Math.min(value, options.max) : value;
  }

  requiredInt(name: string, options: { min?: number; max?: number } = {}): number {
    if (this.string(name) === undefined) throw missingParameter(name);
    return this.int(name, options) as number;
  }

  /** Subsonic offsets: 0 by default, at most MAX_OFFSET (further is refused, not capped). */
  offset(name = 'offset'): number {
    const value = this.int(name, { fallback: 0 });
    if (value > MAX_OFFSET) throw invalidParameter(name, `must be at most ${MAX_OFFSET}`);
    return value;
  }

  bool(name: string): boolean | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    throw invalidParameter(name, 'must be true or false');
  }
}
