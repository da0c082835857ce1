import type { Session } from './graphql.js';
import type { BenchStack } from './stack.js';

/** A stack and an account signed in to it. */
export interface SignedInStack {
  stack: BenchStack;
  session: Session;
}

export interface BenchContext extends SignedInStack {
  smoke: boolean;
  /** Scratch space for generated files and configs, removed at the end. */
  workDir: string;
  /** `stack` and `session` are the one-process layout (what `npm start` runs); this is the other. */
  separate: SignedInStack;
  /** Load duration in seconds for throughput runs. */
  seconds: number;
}

/** Both layouts, the default first, for scenarios that report them side by side. */
export const layoutsOf = (context: BenchContext): SignedInStack[] => [
  { stack: context.stack, session: context.session },
  context.separate,
];
