import "server-only";
import type PgBoss from "pg-boss";
import { getBoss } from "@/lib/jobs/boss";
import { markImportGaveUp, runImportActivityJob } from "@/lib/jobs/handlers/import-activity";
import { dispatchManagerDigests, runManagerDigestJob } from "@/lib/jobs/handlers/manager-digest";
import { runSendEmailJob } from "@/lib/jobs/handlers/send-email";
import {
  DIGEST_DISPATCH_CRON,
  IMPORT_ACTIVITY,
  MANAGER_DIGEST,
  MANAGER_DIGEST_DISPATCH,
  RATE_LIMIT_SWEEP,
  RATE_LIMIT_SWEEP_CRON,
  REMINDERS_DISPATCH,
  REMINDERS_DISPATCH_CRON,
  SEND_EMAIL,
  type ImportActivityJobData,
  type ManagerDigestJobData,
  type RemindersDispatchJobData,
  type SendEmailJobData,
} from "@/lib/jobs/queues";
import { logger } from "@/lib/server/runtime/logger";
import { sweepExpiredCounters } from "@/lib/server/runtime/rate-limit";
import { queueRemindersForAllOrganizations } from "@/lib/server/reminders/queue-due-reminders";

const globalForWorkers = globalThis as unknown as { coachboardWorkers?: PgBoss };
/** Emails sent side by side per poll of the send-email queue. */
const EMAIL_BATCH = 10;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Registers this process's workers and the weekly digest schedule. Every instance may call it:
 * pg-boss hands each job to one worker (SKIP LOCKED) and fires each cron tick once.
 */
export async function startWorkers(): Promise<PgBoss> {
  const boss = await getBoss();
  // Once per process (register() retries, a test that starts them twice).
  if (globalForWorkers.coachboardWorkers === boss) return boss;
  globalForWorkers.coachboardWorkers = boss;
  await boss.work<ImportActivityJobData>(IMPORT_ACTIVITY, { includeMetadata: true, pollingIntervalSeconds: 2 }, async ([job]) => {
    if (!job) return;
    try {
      const outcome = await runImportActivityJob(job.data, { retry: job.retryCount > 0 });
      logger.info("import job finished", { jobId: job.id, importJobId: job.data.importJobId, ...outcome });
      return outcome;
    } catch (error) {
      logger.error("import job failed", { jobId: job.id, importJobId: job.data.importJobId, attempt: job.retryCount + 1, error: describe(error) });
      if (job.retryCount >= job.retryLimit) await markImportGaveUp(job.data, error).catch(() => undefined);
      throw error;
    }
  });
  await boss.work<ManagerDigestJobData>(MANAGER_DIGEST, { pollingIntervalSeconds: 5 }, async ([job]) => {
    if (!job) return;
    try {
      const outcome = await runManagerDigestJob(job.data);
      logger.info("weekly digests stored", { jobId: job.id, ...job.data, ...outcome });
      return outcome;
    } catch (error) {
      logger.error("weekly digest job failed", { jobId: job.id, ...job.data, error: describe(error) });
      throw error;
    }
  });
  await boss.work(MANAGER_DIGEST_DISPATCH, { pollingIntervalSeconds: 30 }, async () => {
    const outcome = await dispatchManagerDigests(boss);
    if (outcome.queued) logger.info("weekly digests queued", outcome);
    return outcome;
  });
  await boss.work(RATE_LIMIT_SWEEP, { pollingIntervalSeconds: 60 }, async () => {
    const deleted = await sweepExpiredCounters();
    if (deleted) logger.info("expired rate-limit counters deleted", { deleted });
    return { deleted };
  });
  // Up to EMAIL_BATCH messages per poll, sent side by side: an org chart's 40 invitations go out in
  // seconds, not one per polling interval. Each job fails on its own (pg-boss retries just that one);
  // the rest of the batch completes.
  await boss.work<SendEmailJobData>(SEND_EMAIL, { includeMetadata: true, pollingIntervalSeconds: 2, batchSize: EMAIL_BATCH }, async (jobs) => {
    await Promise.all(
      jobs.map(async (job) => {
        try {
          const outcome = await runSendEmailJob(job.data);
          logger.info("send-email job finished", { jobId: job.id, kind: job.data.kind, ...outcome });
        } catch (error) {
          // The SMTP server is slow or refusing: pg-boss retries; the last failure shows in Settings → Jobs.
          logger.error("send-email job failed", { jobId: job.id, kind: job.data.kind, attempt: job.retryCount + 1, error: describe(error) });
          await boss.fail(SEND_EMAIL, job.id, { message: describe(error) });
        }
      }),
    );
  });
  await boss.work<RemindersDispatchJobData>(REMINDERS_DISPATCH, { pollingIntervalSeconds: 5 }, async ([job]) => {
    const outcome = await queueRemindersForAllOrganizations(new Date(), job?.data.organizationId);
    if (outcome.created) logger.info("reminders queued", outcome);
    return outcome;
  });
  await boss.schedule(MANAGER_DIGEST_DISPATCH, DIGEST_DISPATCH_CRON, {}, { tz: "UTC" });
  await boss.schedule(RATE_LIMIT_SWEEP, RATE_LIMIT_SWEEP_CRON, {}, { tz: "UTC" });
  await boss.schedule(REMINDERS_DISPATCH, REMINDERS_DISPATCH_CRON, {}, { tz: "UTC" });
  logger.info("job workers started", { queues: [IMPORT_ACTIVITY, MANAGER_DIGEST, MANAGER_DIGEST_DISPATCH, RATE_LIMIT_SWEEP, REMINDERS_DISPATCH, SEND_EMAIL] });
  return boss;
}
