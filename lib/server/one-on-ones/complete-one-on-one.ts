import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError } from "@/lib/server/http/errors";
import { carryForwardAgendaItems } from "@/lib/server/one-on-ones/carry-forward-agenda-items";
import { loadCommitmentsDueForReview } from "@/lib/server/one-on-ones/commitments-due-for-review";
import { findOneOnOneForViewer, lockedMessage, requireRole } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

export interface UnreviewedCommitmentsDetails {
  kind: "unreviewed_commitments";
  commitments: { id: string; text: string; dueOn: string }[];
}

/**
 * The coach completes a meeting that is under way: it is locked from then on (later changes are
 * addenda) and its unfinished agenda items move to the member's next scheduled meeting, if any.
 * Commitments due for review that were not reviewed stop it (a ConflictError listing them) unless
 * the coach names each of them in `completeWithoutReview`; the record then says which were left.
 */
export async function completeOneOnOne(
  viewer: Viewer,
  oneOnOneId: string,
  options: { completeWithoutReview?: readonly string[] } = {},
): Promise<{ unreviewedCommitmentIds: string[] }> {
  return db.$transaction(async (tx) => {
    const meeting = await findOneOnOneForViewer(viewer, oneOnOneId, tx);
    requireRole(meeting, ["coach"], "complete the one-on-one");
    const completedAt = new Date();
    // The conditional update takes the meeting's row lock first, so no review can land between the check and the completion.
    const { count } = await tx.oneOnOne.updateMany({
      where: { id: meeting.id, organizationId: viewer.organizationId, status: "IN_PROGRESS" },
      data: { status: "COMPLETED", completedAt },
    });
    if (count === 0) {
      const current = await tx.oneOnOne.findFirst({ where: { id: meeting.id, organizationId: viewer.organizationId }, select: { status: true } });
      throw new ConflictError(current?.status === "SCHEDULED" ? "Start the one-on-one before completing it" : lockedMessage(current?.status ?? meeting.status));
    }
    const unreviewed = await loadCommitmentsDueForReview(tx, { ...meeting, organizationId: viewer.organizationId });
    const acknowledged = new Set(options.completeWithoutReview ?? []);
    if (unreviewed.some((commitment) => !acknowledged.has(commitment.id))) {
      const details: UnreviewedCommitmentsDetails = { kind: "unreviewed_commitments", commitments: unreviewed };
      throw new ConflictError(
        `${unreviewed.length === 1 ? "1 commitment" : `${unreviewed.length} commitments`} from earlier meetings ${unreviewed.length === 1 ? "is" : "are"} not reviewed yet`,
        details,
      );
    }
    const unreviewedCommitmentIds = unreviewed.map((commitment) => commitment.id);
    if (unreviewedCommitmentIds.length) await tx.oneOnOne.update({ where: { id: meeting.id }, data: { unreviewedCommitmentIds } });
    const next = await tx.oneOnOne.findFirst({
      where: { organizationId: viewer.organizationId, kind: meeting.kind, memberId: meeting.memberId, status: "SCHEDULED", id: { not: meeting.id } },
      orderBy: { scheduledAt: "asc" },
      select: { id: true },
    });
    const carried = next ? await carryForwardAgendaItems(tx, { organizationId: viewer.organizationId, fromOneOnOneId: meeting.id, toOneOnOneId: next.id }) : 0;
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "one_on_one.completed",
        entityType: "OneOnOne",
        entityId: meeting.id,
        before: { status: "IN_PROGRESS" },
        after: { status: "COMPLETED", carriedAgendaItems: carried, carriedTo: next?.id ?? null, unreviewedCommitmentIds },
      },
      tx,
    );
    return { unreviewedCommitmentIds };
  });
}
