import { isScalarType } from 'graphql';
import type { RequestAuth } from './authentication.js';

/**
 * Which resolvers answer a signed-out caller. Coordinates name a type and a resolver in the map:
 * "Mutation.login", "User.displayName", "User.__resolveReference".
 */
export interface AccessRules {
  /** Anyone may call or read these, signed out too, and gets the same answer. */
  public: readonly string[];
  /**
   * These answer everyone, but with the viewer's own data only (null or 0 for anyone else, signed
   * out included), so the resolver itself decides what a caller sees: User.email, Song.myPlayCount.
   */
  viewerScoped?: readonly string[];
}

// Not field resolvers: they say which type a value is, and must run for a refusal to have a path.
const TYPE_RESOLVERS = new Set(['__resolveType', '__isTypeOf']);

type Resolve = (...args: unknown[]) => unknown;

/**
 * A subgraph's resolver map where every resolver (Query and Mutation fields, entity references and
 * object fields) first requires a signed-in viewer, UNAUTHENTICATED with reason SIGNED_OUT as
 * `requireViewer()` throws, unless the rules list it. A resolver nobody thought about is therefore
 * private. Fields without a resolver (the default property read) are reached only through a
 * resolver above them, which is guarded. The check runs once per request; later fields skip it.
 *
 * A listed coordinate that names no resolver in the map is an error, so a rule cannot go stale or
 * be misspelt into silently guarding the field it meant to open.
 */
export function requireSignedInByDefault<Resolvers extends object>(
  resolvers: Resolvers,
  rules: AccessRules,
): Resolvers {
  const open = new Set([...rules.public, ...(rules.viewerScoped ?? [])]);
  const unused = new Set(open);
  const guarded: Record<string, unknown> = {};

  for (const [typeName, typeResolvers] of Object.entries(resolvers)) {
    if (isScalarType(typeResolvers) || typeof typeResolvers !== 'object' || typeResolvers === null) {
      guarded[typeName] = typeResolvers;
      continue;
    }
    const fields: Record<string, unknown> = {};
    for (const [fieldName, resolver] of Object.entries(typeResolvers as Record<string, unknown>)) {
      const coordinate = `${typeName}.${fieldName}`;
      unused.delete(coordinate);
      fields[fieldName] = open.has(coordinate) || TYPE_RESOLVERS.has(fieldName) ? resolver : guard(resolver, fieldName);
    }
    guarded[typeName] = fields;
  }

  if (unused.size > 0) {
    throw new Error(`Access rules name resolvers that do not exist: ${[...unused].join(', ')}`);
  }
  return guarded as Resolvers;
}

/** Wraps a field resolver (a function or a `{ resolve }` config); enum values and the like pass as they are. */
function guard(resolver: unknown, fieldName: string): unknown {
  if (typeof resolver === 'function') return guardFunction(resolver as Resolve, fieldName);
  if (
    typeof resolver === 'object' &&
    resolver !== null &&
    typeof (resolver as { resolve?: unknown }).resolve === 'function'
  ) {
    const config = resolver as { resolve: Resolve };
    return { ...config, resolve: guardFunction(config.resolve, fieldName) };
  }
  return resolver;
}

// Requests already seen signed in: their further fields resolve without another await.
const signedIn = new WeakSet<RequestAuth>();

function guardFunction(resolve: Resolve, fieldName: string): Resolve {
  // __resolveReference takes (reference, context, info); field resolvers (parent, args, context, info).
  const contextIndex = fieldName === '__resolveReference' ? 1 : 2;
  return function guarded(this: unknown, ...args: unknown[]) {
    const auth = authOf(args[contextIndex]);
    if (signedIn.has(auth)) return resolve.apply(this, args);
    return auth.requireViewer().then(() => {
      signedIn.add(auth);
      return resolve.apply(this, args);
    });
  };
}

function authOf(context: unknown): RequestAuth {
  const auth = (context as { auth?: RequestAuth } | undefined)?.auth;
  if (!auth || typeof auth.requireViewer !== 'function') {
    throw new Error('A guarded resolver needs the request context to carry `auth` (a RequestAuth)');
  }
  return auth;
}
