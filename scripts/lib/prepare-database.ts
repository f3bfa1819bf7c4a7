import { deployMigrations } from "./migrations";
import { runSeed } from "../../prisma/seed/run-seed";

/** Migrates, then seeds the demo organization unless it is already there. */
export async function prepareDatabase(databaseUrl: string, options: { seed: boolean }): Promise<void> {
  const applied = await deployMigrations(databaseUrl);
  console.log(applied.length ? `migrations applied: ${applied.join(", ")}` : "database schema is up to date");
  if (options.seed) await runSeed(databaseUrl);
}
