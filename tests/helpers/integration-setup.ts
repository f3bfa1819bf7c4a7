import { afterAll, beforeAll } from "vitest";
import { truncateAllTables } from "./reset-database";

// Each file builds the organizations it needs on an empty database.
beforeAll(async () => {
  await truncateAllTables(process.env.DATABASE_URL ?? "");
});

afterAll(async () => {
  const { db, primaryPool } = await import("@/lib/db");
  await db.$disconnect();
  await primaryPool().end();
});
