/** What the gateway keeps of an incoming request for its subgraph fetches. */
export interface GatewayContext {
  requestId: string;
  authorization?: string;
  /** The caller's address (X-Forwarded-For is believed only from loopback proxies), for per-IP limits. */
  clientIp?: string | undefined;
}
