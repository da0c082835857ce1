/** What the download load generator (download-load.ts) is asked to do; sent to its child process. */
export interface DownloadOptions {
  url: string;
  connections: number;
  /** Seconds of load, and an upper bound on requests: whichever ends first. */
  duration: number;
  amount?: number;
  /** Size of the file behind `url`: every whole-file answer must carry exactly this many bytes. */
  size: number;
  /** Ask for this many bytes at a random multiple of it (a Range request) instead of the whole file. */
  rangeBytes?: number;
}

/** What the child process reports back; failures are counted there and judged by the parent. */
export interface DownloadReport {
  requests: number;
  seconds: number;
  bytes: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** 2xx answers whose body was not the length asked for. */
  wrongLength: number;
  firstProblem?: string;
  /** CPU (user + system) the load generator spent per completed request, in ms. */
  clientCpuMs: number;
}
