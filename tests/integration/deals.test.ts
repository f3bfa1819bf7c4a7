// CRM deal import and deal figures on a real database: POST /api/v1/deals/import, owner aliases,
// GET /api/v1/reps/{id}/deals and /teams/{id}/deals, and who may see what.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postDealImport } from "@/app/api/v1/deals/import/route";
import { GET as getRepDeals } from "@/app/api/v1/reps/[id]/deals/route";
import { GET as getTeamDeals } from "@/app/api/v1/teams/[id]/deals/route";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidInputError, NotFoundError, UnprocessableRowsError } from "@/lib/server/http/errors";
import { getOrganizationDealFigures } from "@/lib/server/deals/get-organization-deal-figures";
import { getRepDealFigures } from "@/lib/server/deals/get-rep-deal-figures";
import { getTeamDealFigures } from "@/lib/server/deals/get-team-deal-figures";
import { mapDealOwners } from "@/lib/server/deals/map-deal-owners";
import { runDealImport } from "@/lib/server/deals/run-deal-import";
import { setFunnelSources } from "@/lib/server/deals/set-funnel-sources";
import { loadStageTotals } from "@/lib/server/coaching/load-stage-totals";
import { callApi, createApiToken } from "../helpers/api";
import { writeDealExport, type ExportedDeal } from "../helpers/deal-export";
import { expectedDealFigures, generateDeals } from "../helpers/deal-figures-oracle";
import { createOrganizationCast, viewerFor } from "../helpers/factories";
import { rejection } from "../helpers/rejection";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let cast: Cast;
let token: string;
let foreignToken: string;
let foreignCast: Cast;

const importDeals = (csv: string, query: Record<string, string> = {}, as = token) => callApi(postDealImport, { token: as, body: csv, contentType: "text/csv", query, path: "/api/v1/deals/import" });
const dealCount = () => db.deal.count({ where: { organizationId: cast.organization.id } });
const Q1 = { from: "2026-01-01", to: "2026-03-31" };

let deals: ExportedDeal[];

beforeAll(async () => {
  cast = await createOrganizationCast("Deals Org");
  foreignCast = await createOrganizationCast("Other Deals Org");
  token = await createApiToken(cast.organization.id);
  foreignToken = await createApiToken(foreignCast.organization.id);
  await db.organization.update({ where: { id: cast.organization.id }, data: { timeZone: "UTC" } });
  deals = generateDeals({ count: 300, owners: [cast.repA1.name, cast.repA2.name.toUpperCase(), cast.repB1.email], from: "2025-10-01", to: "2026-05-31", seed: 7 });
});

describe("POST /api/v1/deals/import", () => {
  it("imports a Salesforce opportunity report; owners by name (any case) and by email", async () => {
    const response = await importDeals(writeDealExport(deals, "salesforce"));
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ deals: 300, new: 300, changed: 0, unchanged: 0 });
    expect(await dealCount()).toBe(300);
    const owners = await db.deal.groupBy({ by: ["ownerId"], where: { organizationId: cast.organization.id }, _count: true });
    expect(new Set(owners.map((owner) => owner.ownerId))).toEqual(new Set([cast.repA1.id, cast.repA2.id, cast.repB1.id]));
  });

  it("changes nothing when the same file comes again", async () => {
    const before = await db.deal.findMany({ where: { organizationId: cast.organization.id }, select: { externalId: true, updatedAt: true, lastImportId: true }, orderBy: { externalId: "asc" } });
    const response = await importDeals(writeDealExport(deals, "salesforce"));
    expect(response.json).toMatchObject({ deals: 300, new: 0, changed: 0, unchanged: 300 });
    const after = await db.deal.findMany({ where: { organizationId: cast.organization.id }, select: { externalId: true, updatedAt: true, lastImportId: true }, orderBy: { externalId: "asc" } });
    expect(after).toEqual(before);
  });

  it("updates exactly the deals whose stage changed, by external id, and leaves deals missing from the file alone", async () => {
    const open = deals.filter((deal) => deal.closeDate === null).slice(0, 5);
    expect(open).toHaveLength(5);
    const movedIds = new Set(open.map((deal) => deal.id));
    deals = deals.map((deal) => (movedIds.has(deal.id) ? { ...deal, stage: "Closed Won", createdOn: deal.createdOn ?? "2026-02-01", closeDate: "2026-03-15" } : deal));
    // A partial export: the moved deals and 100 others.
    const partial = [...deals.filter((deal) => movedIds.has(deal.id)), ...deals.filter((deal) => !movedIds.has(deal.id)).slice(0, 100)];
    const response = await importDeals(writeDealExport(partial, "hubspot"));
    expect(response.json).toMatchObject({ deals: 105, new: 0, changed: 5, unchanged: 100 });
    expect(await dealCount()).toBe(300);
    const moved = await db.deal.findMany({ where: { organizationId: cast.organization.id, externalId: { in: [...movedIds] } }, select: { outcome: true, stage: true, lastImportId: true } });
    expect(moved.every((deal) => deal.outcome === "WON" && deal.stage === "Closed Won")).toBe(true);
    expect(new Set(moved.map((deal) => deal.lastImportId)).size).toBe(1);
    expect(await db.deal.count({ where: { organizationId: cast.organization.id, lastImportId: moved[0]?.lastImportId ?? "" } })).toBe(5);
  });

  it("writes nothing while an owner is unknown, lists each once with its rows, and imports once the name is mapped", async () => {
    const extra: ExportedDeal[] = [
      { id: "NEW-1", owner: "M. Frase", stage: "Closed Won", amountMinor: 500_00, createdOn: "2026-01-02", closeDate: "2026-02-02" },
      { id: "NEW-2", owner: "m.  frase", stage: "Prospecting", amountMinor: 0, createdOn: null, closeDate: null },
      { id: "NEW-3", owner: "Zed Unknown", stage: "Closed Lost", amountMinor: 10_00, createdOn: "2026-01-02", closeDate: "2026-01-20" },
    ];
    const response = await importDeals(writeDealExport([...deals, ...extra], "salesforce"), { preset: "salesforce" });
    expect(response.status).toBe(422);
    expect(response.json.error?.details).toEqual([
      { path: "302.Opportunity Owner", row: 302, column: "Opportunity Owner", message: "unknown owner 'M. Frase' (2 rows); map the name to a person, or add the person, on the deal import screen" },
      { path: "304.Opportunity Owner", row: 304, column: "Opportunity Owner", message: "unknown owner 'Zed Unknown' (1 row); map the name to a person, or add the person, on the deal import screen" },
    ]);
    expect(await dealCount()).toBe(300);

    const admin = await viewerFor(cast.admin);
    const mapped = await mapDealOwners(admin, { owners: [{ name: "M. Frase", userId: cast.repA1.id }, { name: "Zed Unknown", createPerson: { name: "Zed Unknown", teamId: cast.teamB.id } }] });
    expect(mapped.aliases.map((alias) => [alias.alias, alias.created])).toEqual([["m. frase", false], ["zed unknown", true]]);
    const created = await db.user.findFirstOrThrow({ where: { organizationId: cast.organization.id, name: "Zed Unknown" }, select: { id: true, role: true, teamId: true, passwordHash: true } });
    expect(created).toMatchObject({ role: "REP", teamId: cast.teamB.id, passwordHash: null });

    const again = await importDeals(writeDealExport([...deals, ...extra], "salesforce"));
    expect(again.json).toMatchObject({ deals: 303, new: 3, changed: 0, unchanged: 300 });
    const owners = await db.deal.findMany({ where: { organizationId: cast.organization.id, externalId: { in: ["NEW-1", "NEW-2", "NEW-3"] } }, select: { externalId: true, ownerId: true }, orderBy: { externalId: "asc" } });
    expect(owners.map((deal) => deal.ownerId)).toEqual([cast.repA1.id, cast.repA1.id, created.id]);
    await db.deal.deleteMany({ where: { externalId: { in: ["NEW-1", "NEW-2", "NEW-3"] } } });
  });

  it("writes nothing from a file with one bad row and names its row and column", async () => {
    const bad = [...deals.slice(0, 10), { ...deals[10], id: "BAD", amountMinor: 0 } as ExportedDeal];
    const csv = writeDealExport(bad, "hubspot").replace(/\r\nBAD,([^,]*),([^,]*),([^,]*),0\.00/, "\r\nBAD,$1,$2,$3,twelve");
    const response = await importDeals(csv);
    expect(response.status).toBe(422);
    expect(response.json.error?.details).toEqual([{ path: "12.Amount", row: 12, column: "Amount", message: "amount 'twelve' is not an amount; write it like 12500.00 or $12,500.00" }]);
    expect(await db.deal.count({ where: { externalId: "BAD" } })).toBe(0);
  });

  it("is for administrators: a manager is refused, and a header nobody knows is a 422", async () => {
    const manager = await viewerFor(cast.managerA);
    expect(await rejection(runDealImport(manager, { csv: writeDealExport(deals.slice(0, 3), "salesforce"), choice: { guess: true } }))).toBeInstanceOf(ForbiddenError);
    const unknown = await importDeals("Name,Owner\nx,y\n");
    expect(unknown.status).toBe(422);
    const wrongType = await callApi(postDealImport, { token, body: "a", contentType: "application/json", path: "/api/v1/deals/import" });
    expect(wrongType.status).toBe(400);
  });

  it("keeps each organization's deals apart: the same external ids elsewhere are other deals", async () => {
    const foreignDeals = generateDeals({ count: 20, owners: [foreignCast.repA1.name], from: "2026-01-01", to: "2026-03-31", seed: 3 });
    const response = await importDeals(writeDealExport(foreignDeals, "salesforce"), {}, foreignToken);
    expect(response.json).toMatchObject({ new: 20 });
    expect(await dealCount()).toBe(300);
  });
});

describe("deal figures", () => {
  it("GET /reps/{id}/deals matches figures computed independently from the file", async () => {
    for (const [rep, ownerName] of [
      [cast.repA1, cast.repA1.name],
      [cast.repB1, cast.repB1.email],
    ] as const) {
      const response = await callApi(getRepDeals, { token, params: { id: rep.id }, query: Q1 });
      expect(response.status).toBe(200);
      const expected = expectedDealFigures(deals.filter((deal) => deal.owner === ownerName), Q1);
      expect(response.json).toEqual({ repId: rep.id, name: rep.name, from: Q1.from, to: Q1.to, currency: "USD", ...expected });
      expect(expected.won + expected.lost).toBeGreaterThan(0);
    }
  });

  it("GET /teams/{id}/deals answers team totals and one entry per rep", async () => {
    const response = await callApi(getTeamDeals, { token, params: { id: cast.teamA.id }, query: Q1 });
    expect(response.status).toBe(200);
    const a1 = expectedDealFigures(deals.filter((deal) => deal.owner === cast.repA1.name), Q1);
    const a2 = expectedDealFigures(deals.filter((deal) => deal.owner === cast.repA2.name.toUpperCase()), Q1);
    const team = expectedDealFigures(deals.filter((deal) => deal.owner === cast.repA1.name || deal.owner === cast.repA2.name.toUpperCase()), Q1);
    const reps = response.json.reps as { repId: string }[];
    expect(Object.keys(response.json.totals as object).sort()).toEqual(["averageDealSize", "lost", "medianCycleDays", "open", "opened", "revenue", "winRate", "won"]);
    expect(response.json.totals).toEqual(team);
    expect(reps.find((rep) => rep.repId === cast.repA1.id)).toMatchObject(a1);
    expect(reps.find((rep) => rep.repId === cast.repA2.id)).toMatchObject(a2);
    expect(reps).toHaveLength(2);
  });

  it("refuse a bad period and another organization's ids (404)", async () => {
    expect((await callApi(getRepDeals, { token, params: { id: cast.repA1.id }, query: { from: "2026-03-01", to: "2026-01-01" } })).status).toBe(400);
    expect((await callApi(getRepDeals, { token, params: { id: cast.repA1.id }, query: { from: "1900-01-01", to: "1900-02-01" } })).status).toBe(400);
    expect((await callApi(getRepDeals, { token, params: { id: cast.repA1.id }, query: { from: "2020-01-01", to: "2026-01-01" } })).status).toBe(400);
    expect((await callApi(getRepDeals, { token: foreignToken, params: { id: cast.repA1.id }, query: Q1 })).status).toBe(404);
    expect((await callApi(getTeamDeals, { token: foreignToken, params: { id: cast.teamA.id }, query: Q1 })).status).toBe(404);
    expect((await callApi(getRepDeals, { token: null, params: { id: cast.repA1.id }, query: Q1 })).status).toBe(401);
  });

  it("a rep sees their own figures only; a manager their own team; a VP and an admin the organization", async () => {
    const [repA1, managerA, managerB, vp, admin, foreignVp] = await Promise.all([cast.repA1, cast.managerA, cast.managerB, cast.vp, cast.admin, foreignCast.vp].map(viewerFor));
    if (!repA1 || !managerA || !managerB || !vp || !admin || !foreignVp) throw new Error("viewers");
    expect((await getRepDealFigures(repA1, cast.repA1.id, Q1)).figures.won).toBeGreaterThanOrEqual(0);
    expect(await rejection(getRepDealFigures(repA1, cast.repA2.id, Q1))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getTeamDealFigures(repA1, cast.teamA.id, Q1))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getOrganizationDealFigures(repA1, Q1))).toBeInstanceOf(NotFoundError);

    expect((await getTeamDealFigures(managerA, cast.teamA.id, Q1)).reps).toHaveLength(2);
    expect((await getRepDealFigures(managerA, cast.repA2.id, Q1)).rep.id).toBe(cast.repA2.id);
    expect(await rejection(getRepDealFigures(managerA, cast.repB1.id, Q1))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getTeamDealFigures(managerB, cast.teamA.id, Q1))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getOrganizationDealFigures(managerA, Q1))).toBeInstanceOf(NotFoundError);

    for (const viewer of [vp, admin]) {
      const organization = await getOrganizationDealFigures(viewer, Q1);
      const all = expectedDealFigures(deals, Q1);
      expect(organization.totals.won).toBe(all.won);
      expect(organization.totals.lost).toBe(all.lost);
      expect(organization.teams.map((team) => team.name)).toEqual(["Team A", "Team B"]);
      expect((await getTeamDealFigures(viewer, cast.teamB.id, Q1)).team.id).toBe(cast.teamB.id);
    }
    expect(await rejection(getRepDealFigures(foreignVp, cast.repA1.id, Q1))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getTeamDealFigures(foreignVp, cast.teamA.id, Q1))).toBeInstanceOf(NotFoundError);
    expect((await getOrganizationDealFigures(foreignVp, Q1)).totals.won).toBe(expectedDealFigures(generateDeals({ count: 20, owners: ["x"], from: "2026-01-01", to: "2026-03-31", seed: 3 }), Q1).won);
  });

  it("an unprocessable import is the 422 error class", async () => {
    const admin = await viewerFor(cast.admin);
    expect(await rejection(runDealImport(admin, { csv: "Opportunity ID,Opportunity Owner,Stage,Amount\n1,Nobody,Won,5\n", choice: { preset: "salesforce" } }))).toBeInstanceOf(UnprocessableRowsError);
  });
});

describe("funnel source", () => {
  it("opportunities, won and revenue come from deals once deals are imported, from activity where the admin says so, never from both", async () => {
    const { organization, repA1 } = cast;
    await db.activity.createMany({
      data: [
        { organizationId: organization.id, repId: repA1.id, day: new Date("2026-02-10T00:00:00Z"), stage: "won", value: 99n },
        { organizationId: organization.id, repId: repA1.id, day: new Date("2026-02-10T00:00:00Z"), stage: "revenue", value: 123_00n },
        { organizationId: organization.id, repId: repA1.id, day: new Date("2026-02-10T00:00:00Z"), stage: "dials", value: 40n },
      ],
    });
    const fromDeals = expectedDealFigures(deals.filter((deal) => deal.owner === cast.repA1.name), Q1);
    const byDeals = (await loadStageTotals(organization.id, [repA1.id], Q1)).get(repA1.id)?.totals;
    expect(byDeals).toMatchObject({ won: fromDeals.won, revenue: Math.round(fromDeals.revenue * 100), opportunities: fromDeals.opened, dials: 40 });

    const admin = await viewerFor(cast.admin);
    const manager = await viewerFor(cast.managerA);
    expect(await rejection(setFunnelSources(manager, { sources: { won: "activity" } }))).toBeInstanceOf(ForbiddenError);
    await setFunnelSources(admin, { sources: { won: "activity", revenue: "activity" } });
    const byActivity = (await loadStageTotals(organization.id, [repA1.id], Q1)).get(repA1.id)?.totals;
    expect(byActivity).toMatchObject({ won: 99, revenue: 123_00, opportunities: fromDeals.opened, dials: 40 });
    expect(await rejection(setFunnelSources(admin, { sources: { dials: "deals" } }))).toBeInstanceOf(InvalidInputError);
  });

  // The funnel's deal counts read only deals closing in or after the window, or still open: sound
  // only while no deal closes before it was created, which the database itself now refuses.
  it("the database refuses a deal that closes before it was created", async () => {
    const { organization, repA1 } = cast;
    const deal = { organizationId: organization.id, ownerId: repA1.id, stage: "Closed Won", outcome: "WON" as const, amountMinor: 100n };
    await expect(
      db.deal.create({ data: { ...deal, externalId: "BACKWARDS", createdOn: new Date("2026-03-01T00:00:00Z"), closeDate: new Date("2026-02-01T00:00:00Z") } }),
    ).rejects.toThrow(/Deal_created_before_close/);
    await db.deal.create({ data: { ...deal, externalId: "SAME-DAY", createdOn: new Date("2026-03-01T00:00:00Z"), closeDate: new Date("2026-03-01T00:00:00Z") } });
    await db.deal.delete({ where: { organizationId_externalId: { organizationId: organization.id, externalId: "SAME-DAY" } } });
  });
});

// Past 25,000 rows the import writes slice by slice while it checks the rest of the file, inside
// one transaction (lib/server/deals/run-deal-import.ts): a problem found late must still leave
// nothing written, every problem listed, and no staging table behind.
describe("a long export, written while it is read", () => {
  const longExport = () => generateDeals({ count: 60_000, owners: [cast.repA1.name, cast.repB1.email], from: "2025-10-01", to: "2026-05-31", seed: 11, idPrefix: "LONG-" });
  const stagingTables = async () => (await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM pg_tables WHERE tablename LIKE 'import\_staging\_%'`)[0]?.count;

  it("writes nothing when a row or an owner far down the file is wrong", async () => {
    const before = await dealCount();
    const rows = longExport();
    rows[55_000] = { ...rows[55_000]!, stage: "Closed Won", createdOn: "2026-03-01", closeDate: "2026-02-01" };
    rows[58_000] = { ...rows[58_000]!, owner: "Nobody We Know" };
    const response = await importDeals(writeDealExport(rows, "salesforce"));
    expect(response.status).toBe(422);
    expect(response.json.error?.details).toEqual([
      expect.objectContaining({ row: 55_002, column: "Close Date", message: "close date 2026-02-01 is before the created date 2026-03-01" }),
      expect.objectContaining({ row: 58_002, column: "Opportunity Owner", message: expect.stringContaining("unknown owner 'Nobody We Know' (1 row)") }),
    ]);
    expect(await dealCount()).toBe(before);
    expect(await stagingTables()).toBe(0n);
  });

  it("imports all of it in one go, and nothing changes the second time", async () => {
    const before = await dealCount();
    const csv = writeDealExport(longExport(), "salesforce");
    const first = await importDeals(csv);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ deals: 60_000, new: 60_000, changed: 0, unchanged: 0 });
    expect(await dealCount()).toBe(before + 60_000);
    const again = await importDeals(csv);
    expect(again.json).toMatchObject({ deals: 60_000, new: 0, changed: 0, unchanged: 60_000 });
    expect(await stagingTables()).toBe(0n);
    await db.deal.deleteMany({ where: { organizationId: cast.organization.id, externalId: { startsWith: "LONG-" } } });
  });
});
