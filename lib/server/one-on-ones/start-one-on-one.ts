import "server-only";
import { db } from "@/lib/db";
import { resolvePeriod } from "@/lib/calendar/period";
import type { LeverResult } from "@/lib/coaching";
import { focusOf, mostCommonFocus } from "@/lib/coaching/team-summary";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { getRepPriorities } from "@/lib/server/coaching/get-rep-priorities";
import { loadTeamReadModel, type TeamReadModel } from "@/lib/server/coaching/load-coaching-read-model";
import { loadCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { ConflictError } from "@/lib/server/http/errors";
import { loadAgendaSections } from "@/lib/server/one-on-ones/load-agenda-sections";
import { findOneOnOneForViewer, requireRole, type AccessibleOneOnOne } from "@/lib/server/one-on-ones/one-on-one-access";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { AgendaTemplateSection, KpiSnapshot, SnapshotLever } from "@/lib/validation/one-on-ones";

// The dashboards' default window, so the snapshot matches what the coach saw there.
const SNAPSHOT_WINDOW_DAYS = 90;

type LeaderTeamSnapshot = Extract<KpiSnapshot, { kind: "LEADER" }>["teams"][number];

function snapshotLever(lever: LeverResult): SnapshotLever {
  return {
    lever: lever.lever,
    label: lever.label,
    kind: lever.kind,
    competency: lever.competency?.name ?? null,
    actual: lever.actual,
    estimate: lever.estimate,
    benchmark: lever.benchmark,
    benchmarkSource: lever.benchmarkSource,
    sampleSize: lever.sampleSize,
    liftRevenueMinor: Math.round(lever.liftRevenueMinor),
    confidence: lever.confidence,
    confident: lever.confident,
    status: lever.status,
  };
}

/** A rep meeting freezes the rep's ratios, benchmarks, grade and focus over the default window. */
async function repSnapshot(viewer: Viewer, meeting: AccessibleOneOnOne, agenda: AgendaTemplateSection[]) {
  const priorities = await getRepPriorities(viewer, meeting.memberId, { windowDays: SNAPSHOT_WINDOW_DAYS, forOneOnOne: true });
  const { report, grade, totals, quotaMinor } = priorities.rep;
  const focusLever = report.levers.find((lever) => lever.lever === report.focus) ?? null;
  const snapshot: KpiSnapshot = {
    kind: "REP",
    capturedAt: new Date().toISOString(),
    window: { from: priorities.window.from, to: priorities.window.to, label: priorities.window.label },
    currency: priorities.currency,
    grade: grade.grade,
    attainment: grade.attainment,
    revenueMinor: totals.revenueMinor,
    quotaMinor: quotaMinor === null ? null : Math.round(quotaMinor),
    focus: focusLever ? { lever: focusLever.lever, label: focusLever.label, competency: focusLever.competency?.name ?? null } : null,
    focusReason: report.reasonText,
    levers: report.levers.map(snapshotLever),
    agenda,
  };
  return { snapshot, focusCompetencyId: focusLever?.competency?.id ?? null };
}

/** One team of a leader snapshot, from the team's read model: the pooled figures the team dashboard shows. */
function leaderTeam(model: TeamReadModel): LeaderTeamSnapshot {
  const { team, group } = model;
  // Keyed like the dashboard's pooled cells: a lever listed twice keeps its last result.
  const pooled = new Map(group.pooled.report.levers.map((lever) => [lever.lever, lever]));
  return {
    teamId: team.id,
    name: team.name,
    grade: group.pooled.grade.grade,
    attainment: group.pooled.grade.attainment,
    revenueMinor: group.pooled.totals.revenueMinor,
    mostCommonFocus: mostCommonFocus(group.reps.map((rep) => focusOf(rep.report)))?.label ?? null,
    levers: group.levers.map((lever) => {
      const cell = pooled.get(lever.key);
      return {
        lever: lever.key,
        label: lever.label,
        kind: lever.kind,
        competency: null,
        actual: cell?.actual ?? null,
        estimate: cell?.actual ?? null,
        benchmark: cell?.benchmark ?? null,
        benchmarkSource: cell?.benchmarkSource ?? null,
        sampleSize: 0,
        liftRevenueMinor: 0,
        confidence: cell?.confidence ?? 0,
        confident: cell?.confident ?? false,
        status: cell?.status ?? "insufficient_data",
      };
    }),
  };
}

/** A leader meeting freezes each of the manager's teams: pooled ratios, grade and the most common rep focus. */
async function leaderSnapshot(viewer: Viewer, meeting: AccessibleOneOnOne, agenda: AgendaTemplateSection[]) {
  const [teams, settings] = await Promise.all([
    db.team.findMany({ where: { organizationId: viewer.organizationId, managerId: meeting.memberId }, select: { id: true }, orderBy: { name: "asc" } }),
    loadCoachingSettings(viewer.organizationId),
  ]);
  // The team dashboard's default period, so the snapshot matches what the coach saw there.
  const period = resolvePeriod(undefined, settings);
  const models = await Promise.all(teams.map((team) => loadTeamReadModel(viewer, team.id, period, settings)));
  const snapshot: KpiSnapshot = {
    kind: "LEADER",
    capturedAt: new Date().toISOString(),
    window: { from: period.from, to: period.to, label: period.label },
    currency: settings.currency,
    teams: models.map(leaderTeam),
    agenda,
  };
  return { snapshot, focusCompetencyId: null };
}

/**
 * The coach starts the meeting: the numbers of that moment (from the same engine as the
 * dashboards) and the agenda template are frozen into the meeting, so its history shows what was
 * discussed. The focus competency is the one the coach picked beforehand, else the engine's focus.
 */
export async function startOneOnOne(viewer: Viewer, oneOnOneId: string): Promise<void> {
  const meeting = await findOneOnOneForViewer(viewer, oneOnOneId);
  requireRole(meeting, ["coach"], "start the one-on-one");
  if (meeting.status !== "SCHEDULED") throw new ConflictError(meeting.status === "IN_PROGRESS" ? "This one-on-one has already started" : "This one-on-one can no longer be started");

  const agenda = await loadAgendaSections(viewer.organizationId, meeting.kind);
  const { snapshot, focusCompetencyId } = meeting.kind === "REP" ? await repSnapshot(viewer, meeting, agenda) : await leaderSnapshot(viewer, meeting, agenda);
  const focus = meeting.focusCompetencyId ?? focusCompetencyId;

  await db.$transaction(async (tx) => {
    const { count } = await tx.oneOnOne.updateMany({
      where: { id: meeting.id, organizationId: viewer.organizationId, status: "SCHEDULED" },
      data: { status: "IN_PROGRESS", startedAt: new Date(), kpiSnapshot: snapshot as Prisma.InputJsonValue, focusCompetencyId: focus },
    });
    if (count === 0) throw new ConflictError("This one-on-one was started or cancelled meanwhile");
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "one_on_one.started", entityType: "OneOnOne", entityId: meeting.id, before: { status: "SCHEDULED" }, after: { status: "IN_PROGRESS", focusCompetencyId: focus } },
      tx,
    );
  });
}
