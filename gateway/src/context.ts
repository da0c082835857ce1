/** What the gateway keeps of an incoming request for its subgraph fetches. */
export interface GatewayContext {
  requestId: string;
  authorization?: string;
}
