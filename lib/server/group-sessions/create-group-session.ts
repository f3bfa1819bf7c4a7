import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { zonedDay, zonedWallTimeToUtc } from "@/lib/calendar/zoned-time";
import { mostCommonFocus } from "@/lib/coaching/team-summary";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { resolvePeriod } from "@/lib/calendar/period";
import { loadTeamReadModel } from "@/lib/server/coaching/load-coaching-read-model";
import { loadCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * A manager plans a group session with several reps of their own team. Its focus is the team's
 * most common focus (the same one the dashboard names), its agenda that focus's coaching questions,
 * both frozen now so the session reads the same later.
 */
export async function createGroupSession(viewer: Viewer, input: { teamId: string; repIds: string[]; scheduledAt: string }): Promise<{ id: string }> {
  if (!can(viewer, "groupSession.run")) throw new ForbiddenError("Only a manager runs a group session");
  // The focus of today (the default period), as the dashboard names it.
  const settings = await loadCoachingSettings(viewer.organizationId);
  const model = await loadTeamReadModel(viewer, input.teamId, resolvePeriod(undefined, settings), settings);
  // A VP may see the team, but a group session is its own manager's.
  if (model.team.managerId !== viewer.id) throw new NotFoundError("Team");

  const repIds = [...new Set(input.repIds)];
  const roster = new Set(model.roster.map((rep) => rep.id));
  if (repIds.length < 2) throw new InvalidInputError("Choose at least two reps", { repIds: ["Choose at least two reps"] });
  if (repIds.some((id) => !roster.has(id))) throw new InvalidInputError("Choose reps of this team", { repIds: ["Choose reps of this team"] });

  const timeZone = viewer.organization.timeZone;
  const scheduledAt = zonedWallTimeToUtc(input.scheduledAt, timeZone);
  const day = zonedDay(scheduledAt, timeZone);
  const today = todayIn(timeZone);
  if (day < today) throw new InvalidInputError("The date is in the past", { scheduledAt: ["must be today or later"] });
  if (day > addDays(today, 366)) throw new InvalidInputError("The date is too far ahead", { scheduledAt: ["must be within a year"] });

  const focus = mostCommonFocus(
    model.group.reps.map((rep) => {
      const lever = rep.report.levers.find((candidate) => candidate.lever === rep.report.focus);
      return lever ? { lever: lever.lever, label: lever.label, competency: lever.competency?.name ?? null } : null;
    }),
  );
  const questions = focus
    ? await db.coachingQuestion.findMany({
        where: { organizationId: viewer.organizationId, retiredAt: null, competency: { leverKey: focus.lever, kind: "REP", retiredAt: null } },
        select: { text: true },
        orderBy: [{ position: "asc" }, { id: "asc" }],
      })
    : [];

  return db.$transaction(async (tx) => {
    const session = await tx.groupSession.create({
      data: {
        organizationId: viewer.organizationId,
        teamId: model.team.id,
        coachId: viewer.id,
        leverKey: focus?.lever ?? null,
        focusLabel: focus?.label ?? "Open topic: no rep on the team has a clear focus",
        agenda: questions.map((question) => question.text),
        scheduledAt,
        attendees: { create: repIds.map((repId) => ({ organizationId: viewer.organizationId, repId })) },
      },
      select: { id: true },
    });
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "group_session.scheduled", entityType: "GroupSession", entityId: session.id, after: { teamId: model.team.id, repIds, focus: focus?.lever ?? null, scheduledAt: scheduledAt.toISOString() } },
      tx,
    );
    return session;
  });
}
