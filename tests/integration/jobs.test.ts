// Background jobs: the activity import job (all or nothing, idempotent), the weekly manager
// digest (one row per manager and week), and the failed-jobs view, against the real database and
// a real pg-boss.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, startOfIsoWeek, todayIn } from "@/lib/calendar/days";
import { IMPORT_PRESETS } from "@/lib/import";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { setDigestTransport, loggingDigestTransport } from "@/lib/jobs/digest-transport";
import { enqueueImportActivity } from "@/lib/jobs/enqueue";
import { runImportActivityJob } from "@/lib/jobs/handlers/import-activity";
import { dispatchManagerDigests, runManagerDigestJob } from "@/lib/jobs/handlers/manager-digest";
import { IMPORT_ACTIVITY, IMPORT_JOB_THRESHOLD_ROWS, type ImportActivityJobData } from "@/lib/jobs/queues";
import { startWorkers } from "@/lib/jobs/start-workers";
import { findDueDigests } from "@/lib/server/digest/find-due-digests";
import { getLatestDigest } from "@/lib/server/digest/get-latest-digest";
import { NotFoundError } from "@/lib/server/http/errors";
import { queueLargeActivityImport } from "@/lib/server/import/queue-large-activity-import";
import { hitCounter, peekCounter, sweepExpiredCounters } from "@/lib/server/runtime/rate-limit";
import { listFailedJobs } from "@/lib/server/jobs/list-failed-jobs";
import { retryFailedJob } from "@/lib/server/jobs/retry-failed-job";
import type { GeneratedDigest } from "@/lib/server/digest/generate-weekly-digests";
import { createOrganizationCast, viewerFor } from "../helpers/factories";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let globex: Cast;
let today: string;

const LONG = IMPORT_PRESETS.coachboard_long(["dials"]);

function csvFor(reps: { email: string }[], days: number): string {
  const lines = ["rep_email,date,stage,count"];
  for (const rep of reps) for (let offset = 1; offset <= days; offset++) lines.push(`${rep.email},${addDays(today, -offset)},dials,${30 + offset}`);
  return lines.join("\n");
}

async function createImportJob(cast: Cast, payload: string, createdById: string | null = cast.admin.id) {
  return db.importJob.create({
    data: { organizationId: cast.organization.id, createdById, fileName: "activity.csv", mapping: LONG as object, payload },
    select: { id: true, organizationId: true },
  });
}

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  globex = await createOrganizationCast("Globex");
  const organization = await db.organization.findUniqueOrThrow({ where: { id: acme.organization.id }, select: { timeZone: true } });
  today = todayIn(organization.timeZone);
});

afterAll(async () => {
  await stopBoss();
});

describe("import-activity job", () => {
  it("writes every row in one go, records progress and result, and does nothing when run again", async () => {
    const job = await createImportJob(acme, csvFor([acme.repA1, acme.repA2, acme.repB1], 20));
    const first = await runImportActivityJob({ importJobId: job.id, organizationId: job.organizationId });
    expect(first).toMatchObject({ status: "SUCCEEDED", counts: { inserted: 60, updated: 0 } });
    const stored = await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, totalRows: true, processedRows: true, error: true } });
    expect(stored).toMatchObject({ status: "SUCCEEDED", totalRows: 60, processedRows: 60, error: null });
    expect(await db.activity.count({ where: { organizationId: acme.organization.id } })).toBe(60);
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id, action: "activity.imported", entityId: job.id } })).toBe(1);

    // A duplicate delivery (a retry, or a job that expired while its worker was finishing) is skipped.
    expect(await runImportActivityJob({ importJobId: job.id, organizationId: job.organizationId }, { retry: true })).toMatchObject({ status: "SKIPPED" });
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id, action: "activity.imported", entityId: job.id } })).toBe(1);
  });

  it("takes over an import whose worker died only when pg-boss retries it", async () => {
    // What a worker killed mid-import leaves: RUNNING, the file still there, no rows (its transaction rolled back).
    const job = await createImportJob(acme, csvFor([acme.repA1, acme.repA2, acme.repB1], 20));
    await db.importJob.update({ where: { id: job.id }, data: { status: "RUNNING", startedAt: new Date() } });
    expect(await runImportActivityJob({ importJobId: job.id, organizationId: job.organizationId })).toMatchObject({ status: "SKIPPED" });
    const retried = await runImportActivityJob({ importJobId: job.id, organizationId: job.organizationId }, { retry: true });
    // The same rows as the first import: nothing changes (the upsert is idempotent).
    expect(retried).toMatchObject({ status: "SUCCEEDED", counts: { inserted: 0, updated: 0, unchanged: 60 } });
    expect(await db.activity.count({ where: { organizationId: acme.organization.id } })).toBe(60);
  });

  it("writes nothing when any row is invalid, and says why", async () => {
    const before = await db.activity.count({ where: { organizationId: acme.organization.id } });
    const payload = `${csvFor([acme.repA1], 3).replace("dials,31", "dials,-4")}\nnobody@example.test,${today},dials,3`;
    const job = await createImportJob(acme, payload);
    expect(await runImportActivityJob({ importJobId: job.id, organizationId: job.organizationId })).toMatchObject({ status: "FAILED" });
    const stored = await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, error: true, result: true } });
    expect(stored.status).toBe("FAILED");
    expect(stored.error).toMatch(/nothing was written/);
    expect(JSON.stringify(stored.result)).toContain("nobody@example.test");
    expect(await db.activity.count({ where: { organizationId: acme.organization.id } })).toBe(before);
  });

  it("writes only for reps its creator may write for", async () => {
    // A manager's import may not write for another team's rep.
    const job = await createImportJob(acme, csvFor([acme.repB1], 2), acme.managerA.id);
    expect(await runImportActivityJob({ importJobId: job.id, organizationId: job.organizationId })).toMatchObject({ status: "FAILED" });
    // Another organization's id finds nothing.
    expect(await runImportActivityJob({ importJobId: job.id, organizationId: globex.organization.id })).toMatchObject({ status: "SKIPPED" });
  });

  it("the upload screen imports a small file in the request and hands a large one to a worker", async () => {
    const admin = await viewerFor(globex.admin);
    // A reused test database may still hold jobs queued by an earlier run's e2e or cluster stage.
    await (await getBoss()).purgeQueue(IMPORT_ACTIVITY);
    const small = await createImportJob(globex, csvFor([globex.repA1], 5));
    expect(await queueLargeActivityImport(admin, { jobId: small.id, mapping: LONG })).toEqual({ queued: false });
    expect((await db.importJob.findUniqueOrThrow({ where: { id: small.id }, select: { status: true } })).status).toBe("QUEUED");

    const reps = [globex.repA1, globex.repA2, globex.repB1];
    const days = Math.ceil((IMPORT_JOB_THRESHOLD_ROWS + 1) / reps.length);
    const large = await createImportJob(globex, csvFor(reps, days));
    expect(await queueLargeActivityImport(admin, { jobId: large.id, mapping: LONG })).toEqual({ queued: true });
    // Another user's upload is not theirs to queue.
    await expect(queueLargeActivityImport(await viewerFor(globex.managerA), { jobId: large.id, mapping: LONG })).rejects.toBeInstanceOf(NotFoundError);

    // Taken from the queue and run as a worker does (no worker runs yet in this file; the queue
    // round trip itself is the next test). Nothing polls while it writes: the embedded database
    // serves one transaction at a time.
    const boss = await getBoss();
    const [job] = await boss.fetch<ImportActivityJobData>(IMPORT_ACTIVITY);
    expect(job?.data).toEqual({ importJobId: large.id, organizationId: globex.organization.id });
    const outcome = await runImportActivityJob(job!.data);
    await boss.complete(IMPORT_ACTIVITY, job!.id);
    expect(outcome).toMatchObject({ status: "SUCCEEDED", counts: { inserted: reps.length * days } });
    expect(await db.importJob.findUniqueOrThrow({ where: { id: large.id }, select: { status: true, processedRows: true } })).toEqual({ status: "SUCCEEDED", processedRows: reps.length * days });
    expect(await db.auditLog.count({ where: { organizationId: globex.organization.id, action: "activity.imported", entityId: large.id } })).toBe(1);
    // Imported already: queuing it again is a conflict, not a second import.
    await expect(queueLargeActivityImport(admin, { jobId: large.id, mapping: LONG })).rejects.toThrow(/imported already/);
    await db.activity.deleteMany({ where: { organizationId: globex.organization.id } });
  });

  it("runs through the queue: enqueued here, done by a pg-boss worker", async () => {
    await startWorkers();
    const job = await createImportJob(globex, csvFor([globex.repA1, globex.repB1], 10));
    await enqueueImportActivity({ importJobId: job.id, organizationId: job.organizationId });
    const deadline = Date.now() + 20_000;
    let status = "QUEUED";
    while (Date.now() < deadline && status !== "SUCCEEDED" && status !== "FAILED") {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true } })).status;
    }
    expect(status).toBe("SUCCEEDED");
    expect(await db.activity.count({ where: { organizationId: globex.organization.id } })).toBe(20);
  });

});

describe("manager digest job", () => {
  let weekOf: string;

  beforeAll(async () => {
    weekOf = startOfIsoWeek(today);
    // repA1 joined long ago and never had a one-on-one; one of their commitments is overdue.
    await db.user.update({ where: { id: acme.repA1.id }, data: { createdAt: new Date(Date.now() - 60 * 86_400_000) } });
    await db.commitment.create({
      data: { organizationId: acme.organization.id, memberId: acme.repA1.id, ownerId: acme.repA1.id, text: "Send the ROI calculator to Initech", dueOn: new Date(`${addDays(weekOf, -3)}T00:00:00Z`), createdById: acme.managerA.id },
    });
  });

  it("stores one digest per manager and week with who needs what, and replaces it when run again", async () => {
    const delivered: GeneratedDigest[] = [];
    setDigestTransport({ name: "test", deliver: async (digest) => void delivered.push(digest) });
    try {
      expect(await runManagerDigestJob({ organizationId: acme.organization.id, weekOf })).toEqual({ managers: 2 });
      expect(await runManagerDigestJob({ organizationId: acme.organization.id, weekOf })).toEqual({ managers: 2 });
    } finally {
      setDigestTransport(loggingDigestTransport);
    }
    expect(await db.managerDigest.count({ where: { organizationId: acme.organization.id } })).toBe(2);
    expect(delivered.map((digest) => digest.managerId).sort()).toEqual([acme.managerA.id, acme.managerA.id, acme.managerB.id, acme.managerB.id].sort());

    const latest = await getLatestDigest(await viewerFor(acme.managerA));
    expect(latest?.weekOf).toBe(weekOf);
    expect(latest?.body.overdueCommitments.map((commitment) => commitment.text)).toEqual(["Send the ROI calculator to Initech"]);
    expect(latest?.body.outOfCadence.map((rep) => rep.repId)).toContain(acme.repA1.id);
    // The imported activity gives team A's reps a coaching assessment; team B's rep is not in A's digest.
    expect(latest?.body.focus.every((rep) => rep.repId !== acme.repB1.id)).toBe(true);
    const other = await getLatestDigest(await viewerFor(acme.managerB));
    expect(other?.body.overdueCommitments).toEqual([]);
  });

  it("shows digests to managers only", async () => {
    await expect(getLatestDigest(await viewerFor(acme.repA1))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLatestDigest(await viewerFor(acme.admin))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("finds an organization due once its Monday 06:00 has passed, and not after its digests exist", async () => {
    const due = await findDueDigests(0);
    // globex has had no digest this week: due from Monday 00:00 local on.
    expect(due.find((entry) => entry.organizationId === globex.organization.id)?.weekOf).toBe(weekOf);
    // acme's digests for this week exist.
    expect(due.some((entry) => entry.organizationId === acme.organization.id)).toBe(false);
    // Nobody is due before the hour of the week that has not come yet (Monday + 7 days).
    expect(await findDueDigests(24 * 7)).toEqual([]);
  });

  it("the scheduled tick queues each due organization once, and a worker stores its digests", async () => {
    const boss = await startWorkers();
    expect(await dispatchManagerDigests(boss, 0)).toEqual({ due: 1, queued: 1 });
    // The next tick, while that job is queued or running, queues nothing more.
    expect((await dispatchManagerDigests(boss, 0)).queued).toBe(0);
    const deadline = Date.now() + 20_000;
    let stored = 0;
    while (stored < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      stored = await db.managerDigest.count({ where: { organizationId: globex.organization.id, weekOf: new Date(`${weekOf}T00:00:00Z`) } });
    }
    expect(stored).toBe(2);
    expect(await findDueDigests(0)).toEqual([]);
  });
});

describe("failed jobs", () => {
  it("lists the organization's failed jobs to its ADMIN only and puts one back in the queue", async () => {
    const boss = await getBoss();
    const jobId = await boss.send(IMPORT_ACTIVITY, { importJobId: "does-not-exist", organizationId: acme.organization.id }, { startAfter: 3600, retryLimit: 0 });
    expect(jobId).toBeTruthy();
    await boss.fail(IMPORT_ACTIVITY, jobId!, { message: "database unavailable (test)" });

    const listed = await listFailedJobs(await viewerFor(acme.admin));
    expect(listed).toEqual([expect.objectContaining({ id: jobId, queue: IMPORT_ACTIVITY, error: "database unavailable (test)" })]);
    expect(await listFailedJobs(await viewerFor(globex.admin))).toEqual([]);
    await expect(listFailedJobs(await viewerFor(acme.managerA))).rejects.toBeInstanceOf(NotFoundError);
    await expect(retryFailedJob(await viewerFor(globex.admin), { jobId: jobId!, queue: IMPORT_ACTIVITY })).rejects.toBeInstanceOf(NotFoundError);

    await retryFailedJob(await viewerFor(acme.admin), { jobId: jobId!, queue: IMPORT_ACTIVITY });
    const job = await boss.getJobById(IMPORT_ACTIVITY, jobId!);
    expect(job?.state).toBe("retry");
    expect(await listFailedJobs(await viewerFor(acme.admin))).toEqual([]);
  });
});

describe("rate-limit sweep", () => {
  it("deletes counters whose window ended and keeps live ones", async () => {
    const live = `test:live:${Date.now()}`;
    const ended = `test:ended:${Date.now()}`;
    await hitCounter(live, 600);
    await hitCounter(ended, 600);
    await db.$executeRaw`UPDATE "RateLimitCounter" SET "expiresAt" = now() - interval '1 second' WHERE "key" = ${ended}`;
    expect(await sweepExpiredCounters()).toBeGreaterThanOrEqual(1);
    expect(await peekCounter(live)).toMatchObject({ points: 1 });
    expect(await db.rateLimitCounter.count({ where: { key: ended } })).toBe(0);
  });
});
