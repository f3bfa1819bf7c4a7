// With DATABASE_REPLICA_URL set, heavy reads go to the replica and writes to the primary. Two
// real databases with the same schema (a second database on the same server, or a second embedded
// PostgreSQL when the server cannot create one); the replica holds rows the primary does not, so
// which database answered is visible in the result.
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadStageTotals } from "@/lib/server/coaching/load-stage-totals";
import { db } from "@/lib/db";
import { deployMigrations } from "../../scripts/lib/migrations";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { createOrganization, createTeam, createUser, viewerFor } from "../helpers/factories";

const PRIMARY_URL = process.env.DATABASE_URL ?? "";
const WINDOW = { from: "2026-01-01", to: "2026-01-31" };
const globalForDb = globalThis as { coachboardDb?: unknown };

let replicaUrl = "";
let dropReplica: () => Promise<void> = async () => undefined;
let organizationId = "";
let repId = "";
let repEmail = "";
let managerId = "";

async function query(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** A second database on the same server; null where every database name reaches the same data (the embedded server). */
async function createDatabaseBeside(): Promise<string | null> {
  const primary = new URL(PRIMARY_URL);
  const name = `${primary.pathname.slice(1) || "postgres"}_replica_${process.pid}`;
  try {
    await query(PRIMARY_URL, `CREATE DATABASE "${name}"`);
  } catch {
    return null;
  }
  const url = new URL(PRIMARY_URL);
  url.pathname = `/${name}`;
  const separate = await query(url.toString(), `SELECT to_regclass('"Organization"') IS NULL AS empty`).then((result) => result.rows[0]?.empty === true);
  if (!separate) return null;
  dropReplica = async () => void (await query(PRIMARY_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  return url.toString();
}

async function createReplicaDatabase(): Promise<void> {
  const beside = await createDatabaseBeside();
  if (beside) {
    replicaUrl = beside;
  } else {
    // The embedded server has one database: the replica is a second embedded server.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "coachboard-replica-"));
    const embedded: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir, quiet: true });
    replicaUrl = embedded.url;
    dropReplica = async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  await deployMigrations(replicaUrl);
}

/** lib/db and lib/env read the environment once per module instance: a fresh import sees DATABASE_REPLICA_URL. */
async function withReplicaConfigured<T>(work: (modules: { db: typeof import("@/lib/db"); stageTotals: typeof import("@/lib/server/coaching/load-stage-totals"); batch: typeof import("@/lib/server/activity/record-activity-batch") }) => Promise<T>): Promise<T> {
  const savedHandles = globalForDb.coachboardDb;
  delete globalForDb.coachboardDb;
  process.env.DATABASE_REPLICA_URL = replicaUrl;
  vi.resetModules();
  const modules = {
    db: await import("@/lib/db"),
    stageTotals: await import("@/lib/server/coaching/load-stage-totals"),
    batch: await import("@/lib/server/activity/record-activity-batch"),
  };
  try {
    return await work(modules);
  } finally {
    await modules.db.db.$disconnect();
    await modules.db.readDb.$disconnect();
    await modules.db.primaryPool().end();
    await modules.db.readPool().end();
    delete process.env.DATABASE_REPLICA_URL;
    globalForDb.coachboardDb = savedHandles;
  }
}

beforeAll(async () => {
  const organization = await createOrganization("Replica Co");
  organizationId = organization.id;
  const manager = await createUser(organizationId, "MANAGER");
  managerId = manager.id;
  const team = await createTeam(organizationId, manager.id);
  const rep = await createUser(organizationId, "REP", { teamId: team.id });
  repId = rep.id;
  repEmail = rep.email;
  await db.activity.create({ data: { organizationId, repId, day: new Date("2026-01-05T00:00:00Z"), stage: "dials", value: 5n } });

  // The replica has the same organization and rep (as streaming replication would), and a day of
  // activity the primary does not have yet.
  await createReplicaDatabase();
  await query(replicaUrl, `INSERT INTO "Organization" ("id", "slug", "name", "updatedAt") VALUES ($1, $2, 'Replica Co', now())`, [organizationId, `replica-${organizationId}`]);
  await query(replicaUrl, `INSERT INTO "User" ("id", "organizationId", "email", "name", "role", "updatedAt") VALUES ($1, $2, $3, 'Rep', 'REP', now())`, [repId, organizationId, repEmail]);
  await query(replicaUrl, `INSERT INTO "Activity" ("organizationId", "repId", "day", "stage", "value") VALUES ($1, $2, '2026-01-05', 'dials', 5), ($1, $2, '2026-01-06', 'dials', 700)`, [organizationId, repId]);
}, 120_000);

afterAll(async () => {
  await dropReplica();
});

describe("read replica routing", () => {
  it("reads from the primary when no replica is configured", async () => {
    const totals = await loadStageTotals(organizationId, [repId], WINDOW);
    expect(totals.get(repId)?.totals.dials).toBe(5);
  });

  it("sends stage totals to the replica and writes to the primary", async () => {
    const viewer = await viewerFor({ id: managerId, organizationId });
    await withReplicaConfigured(async ({ stageTotals, batch }) => {
      // Only the replica has 2026-01-06: 5 + 700 can only come from it.
      const fromReplica = await stageTotals.loadStageTotals(organizationId, [repId], WINDOW);
      expect(fromReplica.get(repId)?.totals.dials).toBe(705);

      const written = await batch.recordActivityBatch(viewer, [{ repEmail, date: "2026-01-07", stage: "dials", count: 40 }]);
      expect(written).toMatchObject({ received: 1, inserted: 1 });
    });
    const onPrimary = await query(PRIMARY_URL, `SELECT "value"::int AS value FROM "Activity" WHERE "repId" = $1 AND "day" = '2026-01-07'`, [repId]);
    const onReplica = await query(replicaUrl, `SELECT "value"::int AS value FROM "Activity" WHERE "repId" = $1 AND "day" = '2026-01-07'`, [repId]);
    expect(onPrimary.rows).toEqual([{ value: 40 }]);
    expect(onReplica.rows).toEqual([]);
    // The audit record of the write committed with it, on the primary.
    const audits = await query(PRIMARY_URL, `SELECT count(*)::int AS n FROM "AuditLog" WHERE "organizationId" = $1 AND "action" = 'activity.recorded'`, [organizationId]);
    expect(audits.rows[0]).toEqual({ n: 1 });
  });
});
