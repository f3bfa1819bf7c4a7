// The activity CSV import, through POST /api/v1/activity/import and through the upload screen's
// operations (upload → preview → import), on a real database.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postImport } from "@/app/api/v1/activity/import/route";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, UnprocessableRowsError } from "@/lib/server/http/errors";
import { createImportUpload } from "@/lib/server/import/create-import-upload";
import { getImportJob } from "@/lib/server/import/get-import-job";
import { previewActivityImport } from "@/lib/server/import/preview-activity-import";
import { runActivityImport } from "@/lib/server/import/run-activity-import";
import { saveImportPreset } from "@/lib/server/import/save-import-preset";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { IMPORT_PRESETS } from "@/lib/import/presets";
import { callApi, createApiToken } from "../helpers/api";
import { createOrganization, createTeam, createUser, viewerFor } from "../helpers/factories";

const fixture = (name: string) => fs.readFileSync(path.resolve("tests/fixtures", name), "utf8");
const LONG = fixture("activity-long.csv");
const BAD_ROW = fixture("activity-long-bad-row.csv");
const STAGES = ["dials", "conversations", "meetings", "opportunities", "proposals", "won"];

let organizationId: string;
let token: string;
let foreignToken: string;
let admin: Viewer;
let managerA: Viewer;
let managerB: Viewer;
let vp: Viewer;
let rep1: { id: string; email: string };
let rep2: { id: string; email: string };
let rep9: { id: string; email: string };

async function valueOf(repId: string, day: string, stage: string): Promise<number | null> {
  const row = await db.activity.findUnique({ where: { organizationId_repId_day_stage: { organizationId, repId, day: new Date(`${day}T00:00:00Z`), stage } }, select: { value: true } });
  return row ? Number(row.value) : null;
}

const activityCount = () => db.activity.count({ where: { organizationId } });
const importCsv = (csv: string, query: Record<string, string> = {}, as = token) => callApi(postImport, { token: as, body: csv, contentType: "text/csv", query, path: "/api/v1/activity/import" });

beforeAll(async () => {
  const organization = await createOrganization("Acme Import");
  organizationId = organization.id;
  const managerUserA = await createUser(organizationId, "MANAGER");
  const managerUserB = await createUser(organizationId, "MANAGER");
  const teamA = await createTeam(organizationId, managerUserA.id, "East");
  const teamB = await createTeam(organizationId, managerUserB.id, "West");
  rep1 = await createUser(organizationId, "REP", { teamId: teamA.id, email: "rep1@acme.test" });
  rep2 = await createUser(organizationId, "REP", { teamId: teamA.id, email: "rep2@acme.test" });
  rep9 = await createUser(organizationId, "REP", { teamId: teamB.id, email: "rep9@acme.test" });
  admin = await viewerFor(await createUser(organizationId, "ADMIN"));
  vp = await viewerFor(await createUser(organizationId, "VP"));
  managerA = await viewerFor(managerUserA);
  managerB = await viewerFor(managerUserB);
  token = await createApiToken(organizationId);
  const other = await createOrganization("Other Import");
  foreignToken = await createApiToken(other.id);
});

describe("POST /api/v1/activity/import", () => {
  it("answers 401 without a token or with an unknown one, and 400 for a wrong content type or query", async () => {
    expect((await importCsv(LONG, {}, "")).status).toBe(401);
    expect((await importCsv(LONG, {}, "cb_not-a-token")).status).toBe(401);
    const json = await callApi(postImport, { token, json: { rows: [] }, path: "/api/v1/activity/import" });
    expect(json.status).toBe(400);
    expect(json.json.error?.message).toMatch(/text\/csv/);
    const unknownPreset = await importCsv(LONG, { preset: "excel" });
    expect(unknownPreset.status).toBe(400);
    expect(unknownPreset.json.error?.message).toMatch(/^preset: must be one of coachboard_long/);
    expect((await importCsv(LONG, { preset: "coachboard_long", mapping: "Mine" })).status).toBe(400);
    expect((await importCsv(LONG, { presets: "coachboard_long" })).status).toBe(400);
    const unknownMapping = await importCsv(LONG, { mapping: "Nobody saved this" });
    expect(unknownMapping.status).toBe(400);
    expect(unknownMapping.json.error?.message).toMatch(/no saved column mapping is named 'Nobody saved this'/);
    expect(await activityCount()).toBe(0);
  });

  it("writes nothing when one row in the middle fails, and names that row (422)", async () => {
    const response = await importCsv(BAD_ROW);
    expect(response.status).toBe(422);
    expect(response.json.error?.code).toBe("invalid_rows");
    expect(response.json.error?.message).toBe("The file has 1 problem; nothing was written");
    expect(response.json.error?.details).toEqual([{ path: "17.count", row: 17, column: "count", message: "count '-3' is negative" }]);
    expect(await activityCount()).toBe(0);
  });

  it("imports a long file (200), then the same file changes nothing, then a correcting file updates only what changed", async () => {
    const first = await importCsv(LONG);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({
      rows: 32,
      inserted: 32,
      updated: 0,
      unchanged: 0,
      summary: { reps: 2, days: 5, rows: 32, sourceRecords: 32, perStage: { dials: 505, conversations: 59, meetings: 24, won: 1, revenue: 24500.5 } },
    });
    expect(await valueOf(rep1.id, "2025-01-09", "revenue")).toBe(2_450_050);
    expect(await valueOf(rep2.id, "2025-01-10", "dials")).toBe(49);

    const again = await importCsv(LONG);
    expect(again.json).toMatchObject({ rows: 32, inserted: 0, updated: 0, unchanged: 32 });

    const corrected = LONG.replace("rep2@acme.test,2025-01-10,dials,49", "rep2@acme.test,2025-01-10,dials,50").replace("rep1@acme.test,2025-01-09,revenue,24500.50", "rep1@acme.test,2025-01-09,revenue,25000");
    const correction = await importCsv(corrected);
    expect(correction.json).toMatchObject({ rows: 32, inserted: 0, updated: 2, unchanged: 30 });
    expect(await valueOf(rep2.id, "2025-01-10", "dials")).toBe(50);
    expect(await valueOf(rep1.id, "2025-01-09", "revenue")).toBe(2_500_000);
    expect(await activityCount()).toBe(32);
  });

  it("audits each import with the token as the actor and the counts", async () => {
    const audits = await db.auditLog.findMany({ where: { organizationId, action: "activity.imported" }, orderBy: { createdAt: "asc" }, select: { actorId: true, actorTokenId: true, after: true } });
    expect(audits).toHaveLength(3);
    expect(audits.every((audit) => audit.actorId === null && audit.actorTokenId !== null)).toBe(true);
    expect(audits.map((audit) => audit.after)).toMatchObject([
      { rows: 32, inserted: 32, updated: 0, via: "api" },
      { rows: 32, inserted: 0, updated: 0, unchanged: 32 },
      { rows: 32, inserted: 0, updated: 2, unchanged: 30 },
    ]);
  });

  it("refuses revenue on a day the file leaves without a deal won, naming the row, and writes nothing", async () => {
    const before = await activityCount();
    const csv = ["rep_email,date,stage,count", "rep2@acme.test,2025-02-03,dials,40", "rep2@acme.test,2025-02-03,revenue,9000", "rep2@acme.test,2025-02-04,won,1", "rep2@acme.test,2025-02-04,revenue,1200"].join("\n");
    const response = await importCsv(csv);
    expect(response.status).toBe(422);
    expect(response.json.error?.message).toBe("The file leaves revenue on a day without a deal won; nothing was written");
    expect(response.json.error?.details).toEqual([{ path: "3.count", row: 3, column: "count", message: "revenue on 2025-02-03 needs at least 1 in 'Deals won' that day; add the deals won to the file or record them first" }]);
    expect(await activityCount()).toBe(before);
    // A deal won already recorded that day counts: the same revenue then goes in.
    await db.activity.create({ data: { organizationId, repId: rep2.id, day: new Date("2025-02-03T00:00:00Z"), stage: "won", value: 1 } });
    expect((await importCsv(csv)).status).toBe(200);
    expect(await valueOf(rep2.id, "2025-02-03", "revenue")).toBe(900_000);
    // A file that takes that win away leaves the stored revenue without one: refused on its row.
    const takesWinAway = await importCsv(["rep_email,date,stage,count", "rep2@acme.test,2025-02-03,dials,41", "rep2@acme.test,2025-02-03,won,0"].join("\n"));
    expect(takesWinAway.status).toBe(422);
    expect(takesWinAway.json.error?.details).toEqual([{ path: "3.count", row: 3, column: "count", message: "revenue on 2025-02-03 needs at least 1 in 'Deals won' that day; add the deals won to the file or record them first" }]);
    expect(await valueOf(rep2.id, "2025-02-03", "won")).toBe(1);
    expect(await valueOf(rep2.id, "2025-02-03", "dials")).toBe(40);
  });

  it("reads the wide format, and Salesforce and HubSpot exports (guessed from the header or named)", async () => {
    const wide = await importCsv(fixture("activity-wide.csv"));
    expect(wide.status).toBe(200);
    expect(wide.json).toMatchObject({ rows: 37, inserted: 37 });
    expect(await valueOf(rep1.id, "2025-01-22", "revenue")).toBe(1_800_000);
    // An empty wide cell is "not provided", not zero.
    expect(await valueOf(rep2.id, "2025-01-22", "revenue")).toBeNull();

    const salesforce = await importCsv(fixture("activity-salesforce.csv"), { preset: "salesforce" });
    expect(salesforce.status).toBe(200);
    expect(await valueOf(rep1.id, "2025-01-13", "dials")).toBe(3);
    expect(await valueOf(rep1.id, "2025-01-13", "conversations")).toBe(1);
    expect(await valueOf(rep1.id, "2025-01-13", "meetings")).toBe(1);
    expect(await valueOf(rep2.id, "2025-01-14", "proposals")).toBe(1);
    expect(await valueOf(rep2.id, "2025-01-14", "won")).toBe(1);
    expect(await valueOf(rep2.id, "2025-01-14", "revenue")).toBe(1_200_000);

    const hubspot = await importCsv(fixture("activity-hubspot.csv"));
    expect(hubspot.status).toBe(200);
    expect(hubspot.json.summary).toMatchObject({ reps: 2, days: 2, perStage: { dials: 2, conversations: 1, meetings: 1, opportunities: 1, won: 1, revenue: 8000.5 } });
    expect(await valueOf(rep1.id, "2025-01-15", "dials")).toBe(2);
  });

  it("uses a column mapping saved on the import screen (?mapping=<name>)", async () => {
    await saveImportPreset(admin, { name: "Dialer export", mapping: { format: "long", columns: { repEmail: "Agent", date: "Day", stage: "Metric", count: "Value" } } });
    const csv = "Agent,Day,Metric,Value\nrep9@acme.test,2025-02-03,dials,61\n";
    const response = await importCsv(csv, { mapping: "Dialer export" });
    expect(response.status).toBe(200);
    expect(await valueOf(rep9.id, "2025-02-03", "dials")).toBe(61);
    const unrecognized = await importCsv(csv);
    expect(unrecognized.status).toBe(422);
    expect((unrecognized.json.error?.details as { row: number; message: string }[])[0]).toMatchObject({ row: 1, message: expect.stringMatching(/matches none of the formats/) });
  });

  it("answers 413 over the body limit and over the row limit, writing nothing", async () => {
    const before = await activityCount();
    const huge = `rep_email,date,stage,count\n${"x".repeat(50 * 1024 * 1024)}`;
    const tooBig = await importCsv(huge);
    expect(tooBig.status).toBe(413);
    const lines = ["rep_email,date,stage,count"];
    for (let index = 0; index < 200_001; index++) lines.push(`rep1@acme.test,2025-03-01,dials,${index}`);
    const tooMany = await importCsv(lines.join("\n"));
    expect(tooMany.status).toBe(413);
    expect(tooMany.json.error?.message).toMatch(/200,001 data rows; the limit is 200,000/);
    expect(await activityCount()).toBe(before);
  }, 60_000);

  it("lets a token import only for its own organization's reps", async () => {
    const before = await activityCount();
    const response = await importCsv(LONG, {}, foreignToken);
    expect(response.status).toBe(422);
    expect((response.json.error?.details as { message: string }[])[0]?.message).toMatch(/unknown rep 'rep1@acme.test'/);
    expect(await activityCount()).toBe(before);
  });
});

describe("the import screen's operations", () => {
  const mapping = IMPORT_PRESETS.coachboard_long(STAGES);

  it("uploads to an ImportJob, previews without writing, imports all at once and records progress", async () => {
    const csv = LONG.replaceAll("2025-01-", "2025-04-");
    const before = await activityCount();
    const upload = await createImportUpload(managerA, { fileName: "C:\\exports\\april.csv", csv });
    expect(upload).toMatchObject({ fileName: "april.csv", header: ["rep_email", "date", "stage", "count"], guessedPreset: "coachboard_long" });

    const preview = await previewActivityImport(managerA, { jobId: upload.jobId, mapping });
    expect(preview.ok).toBe(true);
    expect(preview.records).toHaveLength(10);
    expect(preview.summary).toMatchObject({ reps: 2, days: 5, rows: 32 });
    expect(await activityCount()).toBe(before);

    const outcome = await runActivityImport(managerA, { jobId: upload.jobId, mapping });
    expect(outcome).toMatchObject({ rows: 32, inserted: 32, updated: 0, unchanged: 0 });
    expect(await activityCount()).toBe(before + 32);
    const job = await db.importJob.findUniqueOrThrow({ where: { id: upload.jobId }, select: { status: true, totalRows: true, processedRows: true, payload: true, createdById: true } });
    expect(job).toEqual({ status: "SUCCEEDED", totalRows: 32, processedRows: 32, payload: "", createdById: managerA.id });
    expect(await getImportJob(managerA, upload.jobId)).toMatchObject({ status: "SUCCEEDED", processedRows: 32 });

    // Only the uploader sees the job; a finished job cannot run twice (a re-import is a new upload).
    await expect(getImportJob(managerB, upload.jobId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(runActivityImport(admin, { jobId: upload.jobId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(runActivityImport(managerA, { jobId: upload.jobId })).rejects.toBeInstanceOf(ConflictError);

    const again = await createImportUpload(managerA, { fileName: "april.csv", csv });
    expect(await runActivityImport(managerA, { jobId: again.jobId, mapping })).toMatchObject({ inserted: 0, updated: 0, unchanged: 32 });
  });

  it("previews every problem of a bad file, and importing it writes nothing and fails the job", async () => {
    const before = await activityCount();
    const upload = await createImportUpload(admin, { fileName: "bad.csv", csv: BAD_ROW.replaceAll("2025-01-", "2025-05-") });
    const preview = await previewActivityImport(admin, { jobId: upload.jobId, mapping });
    expect(preview.ok).toBe(false);
    expect(preview.errors).toEqual([{ row: 17, column: "count", message: "count '-3' is negative" }]);
    const failure = await runActivityImport(admin, { jobId: upload.jobId, mapping }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnprocessableRowsError);
    expect((failure as UnprocessableRowsError).details).toEqual([{ row: 17, column: "count", message: "count '-3' is negative" }]);
    expect(await activityCount()).toBe(before);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: upload.jobId }, select: { status: true, error: true } })).toEqual({ status: "FAILED", error: "The file has 1 problem; nothing was written" });
  });

  it("lists a CRM export's activity types for the mapping table", async () => {
    const upload = await createImportUpload(admin, { fileName: "sf.csv", csv: fixture("activity-salesforce.csv") });
    expect(upload.guessedPreset).toBe("salesforce");
    const preview = await previewActivityImport(admin, { jobId: upload.jobId, mapping: IMPORT_PRESETS.salesforce(STAGES) });
    expect(preview.ok).toBe(true);
    expect(preview.activityTypes.types.slice(0, 2)).toEqual([
      { type: "Call", records: 5 },
      { type: "Closed Won", records: 1 },
    ]);
  });

  it("refuses a binary file and a file it cannot read at upload", async () => {
    await expect(createImportUpload(admin, { fileName: "book.xlsx", csv: "PK\u0003\u0004\u0000\u0000" })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(createImportUpload(admin, { fileName: "empty.csv", csv: "\n\n" })).rejects.toThrow(/the file is empty/);
  });

  it("keeps managers to their own reps, and refuses reps and VPs", async () => {
    const csv = LONG.replaceAll("2025-01-", "2025-06-");
    const before = await activityCount();
    const refused = await runActivityImport(managerB, { csv, choice: { guess: true } }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnprocessableRowsError);
    expect((refused as UnprocessableRowsError).details).toContainEqual({ row: 2, column: "rep_email", message: "unknown rep 'rep1@acme.test' (not a rep you can import for)" });
    await expect(runActivityImport(vp, { csv, choice: { guess: true } })).rejects.toBeInstanceOf(ForbiddenError);
    const repViewer = await viewerFor({ id: rep1.id, organizationId });
    await expect(runActivityImport(repViewer, { csv, choice: { guess: true } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createImportUpload(repViewer, { fileName: "mine.csv", csv })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createImportUpload(vp, { fileName: "mine.csv", csv })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await activityCount()).toBe(before);
    expect(await runActivityImport(managerA, { csv, choice: { guess: true } })).toMatchObject({ inserted: 32 });
  });
});
