import "server-only";
import type PgBoss from "pg-boss";
import { digestTransport } from "@/lib/jobs/digest-transport";
import { DIGEST_LOCAL_HOUR, MANAGER_DIGEST, type ManagerDigestJobData } from "@/lib/jobs/queues";
import { findDueDigests } from "@/lib/server/digest/find-due-digests";
import { generateWeeklyDigests } from "@/lib/server/digest/generate-weekly-digests";

// pg-boss caps a throttle slot at its archive interval (12 hours for finished jobs).
const DEDUPLICATION_SECONDS = 12 * 60 * 60;

/** One organization's digests for one week: stored first (idempotent upsert), then delivered. */
export async function runManagerDigestJob(data: ManagerDigestJobData): Promise<{ managers: number }> {
  const digests = await generateWeeklyDigests(data.organizationId, data.weekOf);
  const transport = digestTransport();
  for (const digest of digests) await transport.deliver(digest);
  return { managers: digests.length };
}

/**
 * The scheduled tick: queues one digest job per organization that is due (see findDueDigests).
 * A job already queued, running or failed for the same organization and week in the last 12
 * hours is not queued again, however many ticks find the organization due meanwhile.
 */
export async function dispatchManagerDigests(boss: PgBoss, localHour = DIGEST_LOCAL_HOUR): Promise<{ due: number; queued: number }> {
  const due = await findDueDigests(localHour);
  let queued = 0;
  for (const data of due) {
    const id = await boss.send(MANAGER_DIGEST, data, { singletonKey: `${data.organizationId}:${data.weekOf}`, singletonSeconds: DEDUPLICATION_SECONDS });
    if (id) queued++;
  }
  return { due: due.length, queued };
}
