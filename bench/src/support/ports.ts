import net from 'node:net';

/** The bench's port range (5900-5999): the first one free on loopback from `from`. */
export async function freePort(from = 5900): Promise<number> {
  for (let port = from; port < 6000; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 5900-5999');
}

/** Waits until `url` answers 200, polling every 20 ms; resolves with the milliseconds it took. */
export async function waitFor(url: string, timeoutMs: number, since = performance.now()): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return performance.now() - since;
    } catch {
      // not listening yet
    }
    if (performance.now() - since > timeoutMs) throw new Error(`${url} not ready after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
