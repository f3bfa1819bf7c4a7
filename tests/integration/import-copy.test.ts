// The COPY path of the bulk imports (decision 0031) on a PostgreSQL server: text that COPY's format
// must escape arrives as written, a failing upsert writes nothing and leaves no staging table, and
// the embedded database is told apart (it keeps the unnest path).
import { beforeAll, describe, expect, it } from "vitest";
import { db, primaryPool } from "@/lib/db";
import { copySupported } from "@/lib/bulk/copy-staging";
import { runDealImport } from "@/lib/server/deals/run-deal-import";
import { runActivityImport } from "@/lib/server/import/run-activity-import";
import { createOrganizationCast, viewerFor } from "../helpers/factories";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let cast: Cast;

const stagingTables = async () =>
  (await primaryPool().query<{ count: string }>(`SELECT count(*) FROM pg_class WHERE relname LIKE 'import_staging_%'`)).rows[0]?.count;

beforeAll(async () => {
  cast = await createOrganizationCast("Copy Org");
});

describe("bulk imports through COPY", () => {
  it("runs on this PostgreSQL server (the embedded PGlite server answers false)", async () => {
    expect(await copySupported(primaryPool())).toBe(true);
  });

  it("stores tabs, backslashes and quotes in deal text exactly as the file has them", async () => {
    const admin = await viewerFor(cast.admin);
    const csv = [
      "Opportunity ID,Opportunity Owner,Account Name,Product Name,Stage,Amount,Created Date,Close Date,Lost Reason",
      `C-1,${cast.repA1.name},"Tab\there",C:\\path\\n,Prospecting,"$1,000.00",1/2/2026,,`,
      `C-2,${cast.repA1.name},"Quote ""q"" \\N",\\\\,Closed Lost,500,1/2/2026,1/9/2026,"Price\\tback"`,
    ].join("\r\n");
    const outcome = await runDealImport(admin, { csv, choice: { preset: "salesforce" } });
    expect(outcome).toMatchObject({ deals: 2, new: 2, changed: 0, unchanged: 0 });
    const stored = await db.deal.findMany({ where: { organizationId: cast.organization.id }, select: { externalId: true, accountName: true, productName: true, lostReason: true, amountMinor: true, closeDate: true }, orderBy: { externalId: "asc" } });
    expect(stored).toEqual([
      { externalId: "C-1", accountName: "Tab\there", productName: "C:\\path\\n", lostReason: null, amountMinor: 100_000n, closeDate: null },
      { externalId: "C-2", accountName: 'Quote "q" \\N', productName: "\\\\", lostReason: "Price\\tback", amountMinor: 50_000n, closeDate: expect.any(Date) },
    ]);
    expect(await runDealImport(admin, { csv, choice: { preset: "salesforce" } })).toMatchObject({ new: 0, changed: 0, unchanged: 2 });
    expect(await stagingTables()).toBe("0");
  });

  it("writes nothing and leaves no staging table when the upsert fails inside the transaction", async () => {
    const manager = await viewerFor(cast.managerA);
    const day = "2026-01-05";
    const csv = `rep_email,date,stage,count\n${cast.repA1.email},${day},dials,4\n${cast.repA2.email},${day},dials,5\n`;
    // A constraint the second row breaks fails the one upsert statement, after the COPY succeeded.
    await db.$executeRaw`ALTER TABLE "Activity" ADD CONSTRAINT copy_test_no_five CHECK ("value" <> 5) NOT VALID`;
    try {
      await expect(runActivityImport(manager, { csv, choice: { preset: "coachboard_long" } })).rejects.toThrow();
    } finally {
      await db.$executeRaw`ALTER TABLE "Activity" DROP CONSTRAINT copy_test_no_five`;
    }
    expect(await db.activity.count({ where: { organizationId: cast.organization.id, day: new Date(`${day}T00:00:00Z`) } })).toBe(0);
    expect(await stagingTables()).toBe("0");
    const outcome = await runActivityImport(manager, { csv, choice: { preset: "coachboard_long" } });
    expect(outcome).toMatchObject({ rows: 2, inserted: 2, updated: 0, unchanged: 0 });
  });
});
