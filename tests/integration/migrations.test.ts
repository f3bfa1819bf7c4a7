import { describe, expect, it } from "vitest";
import { schemaDrift } from "../../scripts/lib/migrations";

// Prisma's schema diff needs a real PostgreSQL (its introspection panics on PGlite), so this runs
// wherever DATABASE_URL is a real server — as in CI — and says why it is skipped on the embedded one.
const embedded = process.env.DB_EMBEDDED === "1";

describe("migrations", () => {
  it.skipIf(embedded)("prisma/migrations holds every change of schema.prisma (no drift)", async () => {
    const drift = await schemaDrift(process.env.DATABASE_URL ?? "");
    expect(drift, "schema.prisma changed without a migration: run `npm run db:migration -- <name>`").toBe("");
  }, 120_000);
});
