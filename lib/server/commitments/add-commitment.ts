import "server-only";
import { db } from "@/lib/db";
import { leversFor } from "@/lib/coaching";
import { todayIn } from "@/lib/calendar/days";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { InvalidInputError } from "@/lib/server/http/errors";
import { lockEditableOneOnOne } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** A commitment tied to a lever is scored over two weeks unless the meeting picks another horizon. */
const DEFAULT_HORIZON_DAYS = 14;

/**
 * Coach or member records a commitment in an open meeting. It belongs to the member's development
 * (memberId) and is owned by the member or the coach; it comes up for review at the next meeting.
 * In a rep's one-on-one it may be tied to a lever of the funnel and a horizon (and a sales play of
 * the organization): after the horizon the app scores it from the activity (decision 0035).
 */
export async function addCommitment(
  viewer: Viewer,
  input: { oneOnOneId: string; text: string; owner: "member" | "coach"; dueOn: string; leverKey?: string; horizonDays?: number; salesPlayId?: string },
): Promise<{ id: string }> {
  if (input.dueOn < todayIn(viewer.organization.timeZone)) throw new InvalidInputError("The due date is in the past", { dueOn: ["must be today or later"] });
  const settings = input.leverKey ? await loadOrganizationCoachingSettings(viewer.organizationId) : null;
  if (settings && !leversFor(settings.stages).some((lever) => lever.key === input.leverKey))
    throw new InvalidInputError("Lever: not a lever of the funnel", { leverKey: ["is not a lever of the funnel"] });
  return db.$transaction(async (tx) => {
    const meeting = await lockEditableOneOnOne(tx, viewer, input.oneOnOneId, ["coach", "member"], "add a commitment");
    if (input.leverKey && meeting.kind !== "REP") throw new InvalidInputError("Lever: only a rep's commitments are tied to the funnel", { leverKey: ["only in a rep's one-on-one"] });
    if (input.salesPlayId) {
      const play = await tx.salesPlay.findFirst({ where: { id: input.salesPlayId, organizationId: viewer.organizationId, retiredAt: null }, select: { id: true } });
      if (!play) throw new InvalidInputError("Sales play: choose a play of the playbook", { salesPlayId: ["is not a play of the playbook"] });
    }
    const ownerId = input.owner === "coach" ? meeting.coachId : meeting.memberId;
    const outcome = input.leverKey ? { leverKey: input.leverKey, horizonDays: input.horizonDays ?? DEFAULT_HORIZON_DAYS, salesPlayId: input.salesPlayId ?? null } : {};
    const commitment = await tx.commitment.create({
      data: {
        organizationId: viewer.organizationId,
        memberId: meeting.memberId,
        ownerId,
        text: input.text,
        dueOn: new Date(`${input.dueOn}T00:00:00Z`),
        oneOnOneId: meeting.id,
        createdById: viewer.id,
        ...outcome,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "commitment.created",
        entityType: "Commitment",
        entityId: commitment.id,
        after: { oneOnOneId: meeting.id, ownerId, dueOn: input.dueOn, status: "OPEN", ...outcome },
      },
      tx,
    );
    return commitment;
  });
}
