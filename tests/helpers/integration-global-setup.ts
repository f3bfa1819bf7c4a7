// Migrates the shared test database once per run. `npm test` provides DATABASE_URL (the one you
// set, or an embedded PostgreSQL it starts); running this project alone needs DATABASE_URL too.
import { deployMigrations } from "../../scripts/lib/migrations";

export default async function setup(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Integration tests need DATABASE_URL (a throwaway database: it is truncated). Run `npm test` to get an embedded one.");
  await deployMigrations(databaseUrl);
}
