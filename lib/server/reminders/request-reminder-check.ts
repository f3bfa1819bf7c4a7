import "server-only";
import { can } from "@/lib/access/policy";
import { getBoss } from "@/lib/jobs/boss";
import { REMINDERS_DISPATCH, type RemindersDispatchJobData } from "@/lib/jobs/queues";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

// pg-boss keeps one such job per organization per minute however often the button is pressed.
const CHECK_SINGLETON_SECONDS = 60;

/**
 * An administrator asks for the organization's due reminders now rather than at the next tick
 * (after changing the time zone, or to see the outbox). Nothing is sent twice: the job runs the
 * same idempotent selection as the schedule.
 */
export async function requestReminderCheck(viewer: Viewer): Promise<{ queued: boolean }> {
  if (!can(viewer, "organization.admin")) throw new ForbiddenError("Only an administrator can run the reminder check");
  const boss = await getBoss();
  const data: RemindersDispatchJobData = { organizationId: viewer.organizationId };
  const id = await boss.send(REMINDERS_DISPATCH, data, { singletonKey: viewer.organizationId, singletonSeconds: CHECK_SINGLETON_SECONDS });
  await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "reminders.check_requested", entityType: "Organization", entityId: viewer.organizationId, after: { queued: Boolean(id) } });
  return { queued: Boolean(id) };
}
