/**
 * A `fetch` that reports upload progress. fetch() cannot observe a request body being sent, while
 * XMLHttpRequest's upload events can; urql takes this through `context.fetch`.
 */
export function createXhrFetch(
  onProgress: (sentBytes: number, totalBytes: number) => void,
  /** Cancels the request; urql replaces `init.signal` with its own, so this one comes separately. */
  cancel?: AbortSignal,
): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const request = new XMLHttpRequest();
      const url = input instanceof Request ? input.url : String(input);
      request.open(init.method ?? 'GET', url);
      for (const [name, value] of new Headers(init.headers)) request.setRequestHeader(name, value);
      request.responseType = 'arraybuffer';
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) onProgress(event.loaded, event.total);
      });
      request.addEventListener('load', () => {
        const headers = new Headers();
        for (const line of request
          .getAllResponseHeaders()
          .trim()
          .split(/[\r\n]+/)) {
          const separator = line.indexOf(':');
          if (separator > 0) headers.append(line.slice(0, separator).trim(), line.slice(separator + 1).trim());
        }
        resolve(
          new Response(request.response as ArrayBuffer, {
            status: request.status,
            statusText: request.statusText,
            headers,
          }),
        );
      });
      request.addEventListener('error', () =>
        reject(new TypeError('The upload failed: the server could not be reached')),
      );
      request.addEventListener('abort', () => reject(new DOMException('The upload was cancelled', 'AbortError')));
      for (const signal of [init.signal, cancel]) {
        if (signal?.aborted) {
          reject(new DOMException('The upload was cancelled', 'AbortError'));
          return;
        }
        signal?.addEventListener('abort', () => request.abort(), { once: true });
      }
      request.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
    });
}
