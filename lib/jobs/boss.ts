import "server-only";
import PgBoss from "pg-boss";
import { env, requireDatabaseUrl, workersEnabled } from "@/lib/env";
import { logger } from "@/lib/server/runtime/logger";
import { JOBS_SCHEMA, QUEUES } from "@/lib/jobs/queues";

// One pg-boss per process, in its own schema of the app's database: jobs commit in the same
// PostgreSQL as the data they touch, so any instance can queue work and any worker can run it.
const FAILED_JOBS_KEPT_SECONDS = 7 * 24 * 60 * 60;

const globalForJobs = globalThis as unknown as { coachboardBoss?: Promise<PgBoss> };

async function startBoss(): Promise<PgBoss> {
  const runsWorkers = workersEnabled();
  const boss = new PgBoss({
    connectionString: requireDatabaseUrl(),
    schema: JOBS_SCHEMA,
    application_name: "coachboard-jobs",
    max: env.JOBS_POOL_MAX,
    // Maintenance (expiring jobs of dead workers, archiving) and the cron clock run where workers
    // run; an instance started with WORKERS=0 only queues jobs.
    supervise: runsWorkers,
    schedule: runsWorkers,
    // Failed jobs stay retryable from /settings/jobs for a week.
    archiveFailedAfterSeconds: FAILED_JOBS_KEPT_SECONDS,
    // Maintenance (once per interval across all instances) is what expires a dead worker's job;
    // run it often enough that such a job is retried soon after JOB_EXPIRE_SECONDS.
    maintenanceIntervalSeconds: Math.min(120, Math.max(5, Math.floor(env.JOB_EXPIRE_SECONDS / 3))),
  });
  boss.on("error", (error: Error) => logger.error("job queue error", { error: error.message }));
  await boss.start();
  for (const [name, options] of Object.entries(QUEUES)) {
    const queue = { name, ...options, expireInSeconds: env.JOB_EXPIRE_SECONDS };
    if (await boss.getQueue(name)) await boss.updateQueue(name, queue);
    else await boss.createQueue(name, queue);
  }
  return boss;
}

/** The process's started pg-boss (installs or migrates the `pgboss` schema on first use). */
export function getBoss(): Promise<PgBoss> {
  globalForJobs.coachboardBoss ??= startBoss().catch((error: unknown) => {
    globalForJobs.coachboardBoss = undefined;
    throw error;
  });
  return globalForJobs.coachboardBoss;
}

/** Stops workers (letting running jobs finish for up to `timeoutMs`) and closes the pool. */
export async function stopBoss(timeoutMs = 20_000): Promise<void> {
  const started = globalForJobs.coachboardBoss;
  if (!started) return;
  globalForJobs.coachboardBoss = undefined;
  const boss = await started.catch(() => null);
  await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
