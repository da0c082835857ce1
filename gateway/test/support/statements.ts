/** A running service whose runtime counts the SQL statements it sends (every service with a database). */
export interface CountsStatements {
  runtime: { databaseStats: { statements: number } };
}

/**
 * What `action` returns, and how many SQL statements the services ran while it did: the measure of
 * whether a page costs the same few statements whatever its size.
 */
export async function statementsDuring<T>(
  services: CountsStatements | readonly CountsStatements[],
  action: () => Promise<T>,
): Promise<{ statements: number; result: T }> {
  const all = Array.isArray(services) ? services : [services];
  const total = () => all.reduce((sum, service) => sum + service.runtime.databaseStats.statements, 0);
  const before = total();
  const result = await action();
  return { statements: total() - before, result };
}
