import { availableParallelism } from 'node:os';
import { loadUsersConfig } from '@sp0t1fy/users';
import argon2 from 'argon2';
import type { BenchContext } from '../support/context.js';
import { register } from '../support/graphql.js';
import { load } from '../support/load.js';
import { ms, perSecond, ratio, type ScenarioResult } from '../support/report.js';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

/** A login answer with a token and no errors (a refused sign-in is HTTP 200 with `errors`). */
function signedIn(body: string): boolean {
  try {
    const answer = JSON.parse(body) as { data?: { login?: { token?: unknown } }; errors?: unknown };
    return !answer.errors && typeof answer.data?.login?.token === 'string';
  } catch {
    return false;
  }
}

/** Scenario 6: what one argon2id hash costs with the configured parameters, and logins per second. */
export async function loginScenario(context: BenchContext): Promise<ScenarioResult> {
  const { stack, smoke, seconds, workDir } = context;
  const config = loadUsersConfig({ DATA_DIR: workDir });
  const options = {
    type: argon2.argon2id,
    memoryCost: config.ARGON2_MEMORY_KIB,
    timeCost: config.ARGON2_ITERATIONS,
    parallelism: 1,
  } as const;
  await argon2.hash('warm-up password', options);
  const hashes = smoke ? 3 : 30;
  const started = performance.now();
  for (let index = 0; index < hashes; index++) await argon2.hash(`bench password ${index}`, options);
  const hashMs = (performance.now() - started) / hashes;
  const cores = availableParallelism();
  const ceiling = (cores * 1000) / hashMs;

  // One account per connection: the users service counts a sign-in against its account before the
  // password check (and forgets it on success), so 8 parallel sign-ins of one account would trip its
  // 5-per-account limit and measure refusals. Answers with GraphQL errors fail the run (they are 200s).
  const connections = 8;
  const accounts = await Promise.all(Array.from({ length: connections }, () => register(stack.gateway.url)));
  const login = await load({
    url: `${stack.gateway.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    bodies: accounts.map(({ email, password }) => JSON.stringify({ query: LOGIN, variables: { email, password } })),
    verifyBody: signedIn,
    connections,
    duration: seconds,
    ...(smoke ? { amount: connections } : {}),
  });
  return {
    title: '6. Sign-in cost (argon2id, one process)',
    baselineName: `the argon2id ceiling: ${cores} cores ÷ the time of one hash, measured in this process`,
    rows: [
      {
        measure: `one argon2id hash (m=${options.memoryCost} KiB, t=${options.timeCost}, p=1)`,
        value: ms(hashMs),
        baseline: '',
        ratio: '',
        target: 'reported (intended cost)',
        met: '',
      },
      {
        measure: `logins/s through the gateway (${connections} connections, one account each)`,
        value: perSecond(login.requestsPerSecond),
        baseline: perSecond(ceiling),
        ratio: ratio(login.requestsPerSecond, ceiling),
        target: 'reported',
        met: '',
      },
      {
        measure: 'login p99 latency under that load',
        value: ms(login.p99),
        baseline: ms(hashMs),
        ratio: ratio(login.p99, hashMs),
        target: 'reported',
        met: '',
      },
    ],
    notes: [
      `The parameters are the users service's defaults (ARGON2_MEMORY_KIB, ARGON2_ITERATIONS; OWASP's minimum). Each sign-in costs one hash verification, so ${cores} cores cap sign-ins near ${ceiling.toFixed(0)}/s; that is the point: a guessed password costs an attacker as much. Raising the cost rehashes on the next sign-in.`,
      `Each connection signs in its own account (registered first), so the per-account throttle never refuses; every answer must carry a token and no errors, or the run fails.`,
    ],
  };
}
