/** A minimal GraphQL-over-HTTP client, as a browser or curl would speak to the gateway. */
export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface GraphQLClient {
  /** The gateway's base URL, for requests beside /graphql (uploads, media). */
  url: string;
  token?: string;
  request<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  /** The same client, sending `Authorization: Bearer <token>`. */
  as(token: string): GraphQLClient;
}

export function createClient(baseUrl: string, token?: string): GraphQLClient {
  return {
    url: baseUrl,
    token,
    async request(query, variables) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as never;
    },
    as: (newToken) => createClient(baseUrl, newToken),
  };
}

/** The codes of a response's errors, for compact assertions. */
export const errorCodes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);
