import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { getVisibleRep } from "@/lib/server/access/get-visible-rep";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { RecordAssessmentInput } from "@/lib/validation/assessments";

/**
 * A dated competency score, 1–5 or null for "not observed", with a note. LEADER: the rep's own
 * manager scores the rep (a VP or an ADMIN reads, never scores). SELF: a rep scores themself.
 * Every assessment is a new row: the history is kept, the latest of each source is current.
 */
export async function recordAssessment(viewer: Viewer, input: RecordAssessmentInput): Promise<{ id: string }> {
  if (viewer.kind !== "user") throw new ForbiddenError("Assessments are made by people, not API tokens");
  if (input.source === "SELF") {
    if (input.subjectId !== viewer.id) {
      // Someone else's self-assessment cannot be written; whether they exist is not revealed to a rep.
      if (!can(viewer, "rep.view")) throw new NotFoundError("Rep");
      throw new ForbiddenError("A self-assessment is made by the rep themself");
    }
    if (!can(viewer, "assessment.self")) throw new ForbiddenError("Only reps self-assess here");
  } else {
    // 404 for a rep the viewer cannot see (another team's, another organization's, a teammate for a rep).
    await getVisibleRep(viewer, input.subjectId);
    if (!can(viewer, "assessment.score"))
      throw new ForbiddenError(
        !can(viewer, "rep.view") ? "A rep cannot score as a manager" : "Only the rep's manager scores competencies; VPs and administrators read them",
      );
  }
  const organizationId = viewer.organizationId;
  return db.$transaction(async (tx) => {
    const competency = await tx.competency.findFirst({ where: { id: input.competencyId, organizationId, kind: "REP", retiredAt: null }, select: { id: true } });
    if (!competency)
      throw new InvalidInputError("Competency: choose one of the organization's competencies", {
        competencyId: ["is not one of the organization's competencies"],
      });
    const assessedOn = todayIn(viewer.organization.timeZone);
    const assessment = await tx.assessment.create({
      data: {
        organizationId,
        competencyId: competency.id,
        subjectId: input.subjectId,
        assessorId: viewer.id,
        source: input.source,
        score: input.score,
        note: input.note,
        assessedOn: new Date(`${assessedOn}T00:00:00Z`),
      },
      select: { id: true },
    });
    await recordAudit(
      {
        organizationId,
        ...auditActor(viewer),
        action: "assessment.recorded",
        entityType: "Assessment",
        entityId: assessment.id,
        after: { subjectId: input.subjectId, competencyId: competency.id, source: input.source, score: input.score, assessedOn },
      },
      tx,
    );
    return assessment;
  });
}
