// Migrates the shared test database once per run. `npm test` provides DATABASE_URL (the one you
// set, or an embedded PostgreSQL it starts); running this project alone needs DATABASE_URL too.
// With files side by side (integration-databases.ts), each worker's database is cloned from the
// migrated one here and dropped at the end.
import pg from "pg";
import { deployMigrations } from "../../scripts/lib/migrations";
import { integrationWorkers, workerDatabaseName } from "./integration-databases";

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function onServer(databaseUrl: string, statements: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Integration tests need DATABASE_URL (a throwaway database: it is truncated). Run `npm test` to get an embedded one.");
  await deployMigrations(databaseUrl);
  const workers = integrationWorkers();
  if (workers === 1) return undefined;

  // Statements run on the server's maintenance database: a template must have no other session.
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = "/postgres";
  const template = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const names = Array.from({ length: workers }, (_, index) => workerDatabaseName(databaseUrl, index + 1));
  const dropAll = names.map((name) => `DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`);
  await onServer(maintenance.toString(), [...dropAll, ...names.map((name) => `CREATE DATABASE ${quoted(name)} TEMPLATE ${quoted(template)}`)]);
  return () => onServer(maintenance.toString(), dropAll);
}
