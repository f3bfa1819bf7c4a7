import { afterAll, beforeAll } from "vitest";
import { integrationWorkers, workerDatabaseUrl } from "./integration-databases";
import { truncateAllTables } from "./reset-database";

// Files side by side: this worker's own database (cloned in integration-global-setup.ts). The
// worker process outlives a file, so the migrated database's URL is kept to derive it again.
if (integrationWorkers() > 1) {
  process.env.INTEGRATION_TEMPLATE_URL ??= process.env.DATABASE_URL;
  process.env.DATABASE_URL = workerDatabaseUrl(process.env.INTEGRATION_TEMPLATE_URL ?? "", Number(process.env.VITEST_POOL_ID ?? 1));
}

// Each file builds the organizations it needs on an empty database.
beforeAll(async () => {
  await truncateAllTables(process.env.DATABASE_URL ?? "");
});

afterAll(async () => {
  const { db, primaryPool } = await import("@/lib/db");
  await db.$disconnect();
  await primaryPool().end();
});
