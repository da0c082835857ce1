/** Measurements on a recorded signal, in the test process. */

/** The longest run of samples quieter than `threshold`, in milliseconds. */
export function longestQuietMs(samples: number[], sampleRate: number, threshold: number): number {
  let longest = 0;
  let run = 0;
  for (const sample of samples) {
    run = Math.abs(sample) < threshold ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return (longest / sampleRate) * 1000;
}

/** The largest sample-to-sample jump, and where it is (in seconds from the start). */
export function largestStep(samples: number[], sampleRate: number): { step: number; atSeconds: number } {
  let step = 0;
  let at = 0;
  for (let i = 1; i < samples.length; i++) {
    const jump = Math.abs((samples[i] as number) - (samples[i - 1] as number));
    if (jump > step) {
      step = jump;
      at = i;
    }
  }
  return { step, atSeconds: at / sampleRate };
}

/** The largest absolute sample. */
export function peak(samples: number[]): number {
  let max = 0;
  for (const sample of samples) max = Math.max(max, Math.abs(sample));
  return max;
}

/** The frequency of a tone, from its rising zero crossings. */
export function zeroCrossingHz(samples: number[], sampleRate: number): number {
  const crossings: number[] = [];
  for (let i = 1; i < samples.length; i++) {
    const before = samples[i - 1] as number;
    const now = samples[i] as number;
    // Where the line between the two samples crosses zero, for sub-sample precision.
    if (before < 0 && now >= 0) crossings.push(i - 1 + before / (before - now));
  }
  if (crossings.length < 2) return 0;
  const cycles = crossings.length - 1;
  return cycles / (((crossings.at(-1) as number) - (crossings[0] as number)) / sampleRate);
}
