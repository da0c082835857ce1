import type { Session } from './graphql.js';
import type { BenchStack } from './stack.js';

export interface BenchContext {
  smoke: boolean;
  /** Scratch space for generated files and configs, removed at the end. */
  workDir: string;
  stack: BenchStack;
  session: Session;
  /** Load duration in seconds for throughput runs. */
  seconds: number;
}
