import "server-only";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError } from "@/lib/server/errors";
import { lockEditableOneOnOne } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * Coach or member records a commitment in an open meeting. It belongs to the member's development
 * (memberId) and is owned by the member or the coach; it comes up for review at the next meeting.
 */
export async function addCommitment(viewer: Viewer, input: { oneOnOneId: string; text: string; owner: "member" | "coach"; dueOn: string }): Promise<{ id: string }> {
  if (input.dueOn < todayIn(viewer.organization.timeZone)) throw new InvalidInputError("The due date is in the past", { dueOn: ["must be today or later"] });
  return db.$transaction(async (tx) => {
    const meeting = await lockEditableOneOnOne(tx, viewer, input.oneOnOneId, ["coach", "member"], "add a commitment");
    const ownerId = input.owner === "coach" ? meeting.coachId : meeting.memberId;
    const commitment = await tx.commitment.create({
      data: {
        organizationId: viewer.organizationId,
        memberId: meeting.memberId,
        ownerId,
        text: input.text,
        dueOn: new Date(`${input.dueOn}T00:00:00Z`),
        oneOnOneId: meeting.id,
        createdById: viewer.id,
      },
      select: { id: true },
    });
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "commitment.created", entityType: "Commitment", entityId: commitment.id, after: { oneOnOneId: meeting.id, ownerId, dueOn: input.dueOn, status: "OPEN" } },
      tx,
    );
    return commitment;
  });
}
