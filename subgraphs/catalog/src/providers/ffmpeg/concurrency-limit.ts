/** Gives out at most `limit` slots; the rest wait in order. */
export interface ConcurrencyLimit {
  /** Resolves with the slot's release once one is free; rejects if signal aborts while waiting. */
  acquire(signal?: AbortSignal): Promise<() => void>;
  readonly running: number;
  readonly waiting: number;
}

export function createConcurrencyLimit(limit: number): ConcurrencyLimit {
  let running = 0;
  const queue: { grant: () => void }[] = [];

  const release = () => {
    running -= 1;
    const next = queue.shift();
    if (next) next.grant();
  };

  const slot = () => {
    running += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };

  return {
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (running < limit) return Promise.resolve(slot());
      return new Promise((resolve, reject) => {
        const waiter = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve(slot());
          },
        };
        const onAbort = () => {
          const at = queue.indexOf(waiter);
          if (at !== -1) queue.splice(at, 1);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
      });
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
