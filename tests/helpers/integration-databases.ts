// The integration project's databases. On a PostgreSQL server, files run side by side, each
// worker on its own database cloned from the migrated one (CREATE DATABASE … TEMPLATE): a file
// truncates and builds its own organizations, so two files must never share a database. The
// embedded PGlite server takes one connection at a time: there, files run one after another.
// vitest.config.mts decides how many workers and says so in INTEGRATION_WORKERS, which the
// workers inherit.

export function integrationWorkers(): number {
  const workers = Number(process.env.INTEGRATION_WORKERS ?? 1);
  return Number.isInteger(workers) && workers >= 1 ? workers : 1;
}

export function workerDatabaseName(baseUrl: string, poolId: number): string {
  const name = decodeURIComponent(new URL(baseUrl).pathname.slice(1)) || "postgres";
  return `${name}_w${poolId}`;
}

/** Worker `poolId`'s database: the migrated one's name with `_w<poolId>`. */
export function workerDatabaseUrl(baseUrl: string, poolId: number): string {
  const url = new URL(baseUrl);
  url.pathname = `/${workerDatabaseName(baseUrl, poolId)}`;
  return url.toString();
}
