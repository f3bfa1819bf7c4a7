// Queue names and their retry policy. Handlers must be idempotent: a job can run more than once
// (a retry after a failure, or after its worker died and the job expired).
/** pg-boss's schema in the app's database. */
export const JOBS_SCHEMA = "pgboss";

export const IMPORT_ACTIVITY = "import-activity";
export const MANAGER_DIGEST = "manager-digest";
export const MANAGER_DIGEST_DISPATCH = "manager-digest-dispatch";
export const RATE_LIMIT_SWEEP = "rate-limit-sweep";
export const SEND_EMAIL = "send-email";
export const REMINDERS_DISPATCH = "reminders-dispatch";

interface QueuePolicy {
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) for each further one. */
  retryDelay: number;
  retryBackoff: boolean;
}

export const QUEUES: Record<string, QueuePolicy> = {
  [IMPORT_ACTIVITY]: { retryLimit: 3, retryDelay: 10, retryBackoff: true },
  [MANAGER_DIGEST]: { retryLimit: 5, retryDelay: 60, retryBackoff: true },
  [MANAGER_DIGEST_DISPATCH]: { retryLimit: 2, retryDelay: 30, retryBackoff: true },
  [RATE_LIMIT_SWEEP]: { retryLimit: 1, retryDelay: 60, retryBackoff: false },
  // 30 s, 1 min, 2 min … about an hour of retries before the job shows as failed in Settings → Jobs.
  [SEND_EMAIL]: { retryLimit: 6, retryDelay: 30, retryBackoff: true },
  [REMINDERS_DISPATCH]: { retryLimit: 2, retryDelay: 30, retryBackoff: true },
};

/** CSV imports with more data rows than this run as an `import-activity` job instead of in the request. */
export const IMPORT_JOB_THRESHOLD_ROWS = 20_000;

/** Every 15 minutes (UTC): time zones with :30 and :45 offsets also reach Monday 06:00 on a tick. */
export const DIGEST_DISPATCH_CRON = "*/15 * * * *";
/** Hourly: expired sign-in and API rate-limit counters are deleted (a live window is never touched). */
export const RATE_LIMIT_SWEEP_CRON = "17 * * * *";

/** Every 5 minutes (UTC): a reminder is found within minutes of becoming due, in every time zone. */
export const REMINDERS_DISPATCH_CRON = "*/5 * * * *";

/** Local time, Monday, from which an organization's weekly digests are due. */
export const DIGEST_LOCAL_HOUR = 6;

export interface ImportActivityJobData {
  importJobId: string;
  organizationId: string;
}

/** The scheduled tick has no data (every organization); an administrator's "check now" names theirs. */
export interface RemindersDispatchJobData {
  organizationId?: string;
}

export interface ManagerDigestJobData {
  organizationId: string;
  /** Monday of the week, YYYY-MM-DD, in the organization's time zone. */
  weekOf: string;
}

/**
 * One email; the handler mints the link's token when it sends, so no job holds a usable secret.
 * organizationId lets Settings → Background jobs show the organization its failed sends.
 */
export type SendEmailJobData = (
  { kind: "invitation"; invitationId: string } | { kind: "password-reset"; passwordResetId: string } | { kind: "reminder"; reminderId: string }
) & {
  organizationId: string;
};
