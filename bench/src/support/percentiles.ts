export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  count: number;
}

/** Exact percentiles (nearest rank) of some samples, in their unit. */
export function percentiles(samples: number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { p50: at(50), p95: at(95), p99: at(99), count: sorted.length };
}
