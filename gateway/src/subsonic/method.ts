import type { Request, Response } from 'express';
import type { SignedIn } from './auth.js';
import type { Caller, Operation } from './executor.js';
import type { Params } from './params.js';
import type { ResponseBody } from './shapes.js';

/** What a method gets: its parameters, the signed-in caller, and GraphQL as that caller. */
export interface MethodContext {
  params: Params;
  user: SignedIn;
  caller: Caller;
  query<TResult, TVariables>(operation: Operation<TResult, TVariables>, variables: TVariables): Promise<TResult>;
  /** Answers with the bytes behind a signed /media path (Range, HEAD and caching headers as the web app gets them). */
  serveMedia(path: string): void;
  req: Request;
  res: Response;
}

/** Returned by a method that answered the request itself (media). */
export const ANSWERED = Symbol('answered');

export interface SubsonicMethod {
  run(context: MethodContext): Promise<ResponseBody | typeof ANSWERED>;
  /** Answered without credentials (OpenSubsonic: getOpenSubsonicExtensions). */
  public?: boolean;
}

export type MethodGroup = Record<string, SubsonicMethod>;
