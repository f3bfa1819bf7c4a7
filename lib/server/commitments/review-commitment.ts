import "server-only";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { lockEditableOneOnOne } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

export type CommitmentOutcome = "DONE" | "MISSED" | "CARRY_OVER";

/**
 * The coach reviews one of the member's earlier commitments in this meeting: done, missed, or
 * carried over. A carry-over closes the old commitment as MISSED (it was not done as agreed) and
 * opens a new one with the same text, owner and a new due date, linked by carriedFromId; both are
 * marked as reviewed here. Each commitment is reviewed once.
 */
export async function reviewCommitment(
  viewer: Viewer,
  input: { oneOnOneId: string; commitmentId: string; outcome: CommitmentOutcome; dueOn?: string },
): Promise<{ carriedOverId: string | null }> {
  if (input.outcome === "CARRY_OVER") {
    if (!input.dueOn) throw new InvalidInputError("Enter the new due date", { dueOn: ["Enter the new due date"] });
    if (input.dueOn < todayIn(viewer.organization.timeZone)) throw new InvalidInputError("The new due date is in the past", { dueOn: ["must be today or later"] });
  }
  return db.$transaction(async (tx) => {
    const meeting = await lockEditableOneOnOne(tx, viewer, input.oneOnOneId, ["coach"], "review commitments");
    const commitment = await tx.commitment.findFirst({
      where: { id: input.commitmentId, organizationId: viewer.organizationId, memberId: meeting.memberId, OR: [{ oneOnOneId: null }, { oneOnOneId: { not: meeting.id } }] },
      select: { id: true, ownerId: true, text: true, status: true, reviewedInId: true },
    });
    if (!commitment) throw new NotFoundError("Commitment");
    const status = input.outcome === "DONE" ? "DONE" : "MISSED";
    const now = new Date();
    const { count } = await tx.commitment.updateMany({
      where: { id: commitment.id, organizationId: viewer.organizationId, reviewedInId: null },
      data: { status, reviewedInId: meeting.id, completedAt: status === "DONE" ? now : null },
    });
    if (count === 0) throw new ConflictError("This commitment has already been reviewed");
    let carriedOverId: string | null = null;
    if (input.outcome === "CARRY_OVER" && input.dueOn) {
      const carried = await tx.commitment.create({
        data: {
          organizationId: viewer.organizationId,
          memberId: meeting.memberId,
          ownerId: commitment.ownerId,
          text: commitment.text,
          dueOn: new Date(`${input.dueOn}T00:00:00Z`),
          oneOnOneId: meeting.id,
          carriedFromId: commitment.id,
          createdById: viewer.id,
        },
        select: { id: true },
      });
      carriedOverId = carried.id;
    }
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "commitment.reviewed",
        entityType: "Commitment",
        entityId: commitment.id,
        before: { status: commitment.status },
        after: { status, outcome: input.outcome, reviewedInId: meeting.id, carriedOverId, dueOn: input.dueOn ?? null },
      },
      tx,
    );
    return { carriedOverId };
  });
}
