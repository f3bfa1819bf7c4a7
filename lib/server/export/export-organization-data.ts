import "server-only";
import { db, readDb } from "@/lib/db";
import type { ExportCell, ExportTable, OrganizationExport } from "@/lib/export/organization-files";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import { dayKey } from "@/lib/calendar/days";

type Row = Record<string, unknown>;

/** Calendar-day columns (@db.Date) read as "YYYY-MM-DD", not as a midnight instant. */
function table<T extends Row>(name: string, select: Record<keyof T & string, true>, rows: T[], days: readonly (keyof T & string)[] = []): ExportTable {
  return {
    name,
    columns: Object.keys(select),
    rows: rows.map((row) => {
      const cells: Record<string, ExportCell> = {};
      for (const column of Object.keys(select)) {
        const value = row[column];
        cells[column] = days.includes(column) && value instanceof Date ? dayKey(value) : ((value ?? null) as ExportCell);
      }
      return cells;
    }),
  };
}

const SELECT = {
  organization: { id: true, slug: true, name: true, currency: true, timeZone: true, dateStyle: true, fiscalYearStartMonth: true, gradeAThreshold: true, gradeBThreshold: true, confidenceThreshold: true, defaultCadence: true, focusRule: true, createdAt: true },
  // Never passwordHash or sessionVersion.
  users: { id: true, email: true, name: true, role: true, active: true, teamId: true, reportsToId: true, cadence: true, createdAt: true, deactivatedAt: true },
  teams: { id: true, name: true, managerId: true, createdAt: true },
  teamMemberships: { id: true, userId: true, teamId: true, startedAt: true, endedAt: true },
  funnelStages: { id: true, key: true, label: true, position: true },
  activity: { repId: true, day: true, stage: true, value: true },
  quotas: { id: true, repId: true, period: true, periodStart: true, periodEnd: true, amountMinor: true, setById: true, createdAt: true },
  goals: { id: true, teamId: true, period: true, periodStart: true, periodEnd: true, amountMinor: true, setById: true, createdAt: true },
  benchmarks: { id: true, teamId: true, leverKey: true, value: true, effectiveFrom: true, setById: true, createdAt: true },
  competencies: { id: true, kind: true, name: true, description: true, rubric: true, leverKey: true, metricKey: true, position: true, retiredAt: true, createdAt: true },
  coachingQuestions: { id: true, competencyId: true, text: true, position: true, retiredAt: true },
  assessments: { id: true, competencyId: true, subjectId: true, assessorId: true, source: true, score: true, note: true, assessedOn: true, createdAt: true },
  // Shared notes only: the PrivateNote relation is never selected (docs/decisions/0004).
  oneOnOnes: { id: true, kind: true, coachId: true, memberId: true, scheduledAt: true, status: true, startedAt: true, completedAt: true, focusCompetencyId: true, sharedNotes: true, kpiSnapshot: true, createdAt: true },
  commitments: { id: true, memberId: true, ownerId: true, text: true, dueOn: true, status: true, completedAt: true, oneOnOneId: true, reviewedInId: true, carriedFromId: true, createdById: true, createdAt: true },
  plans: { id: true, subjectId: true, ownerId: true, competencyId: true, leverKey: true, baselineValue: true, baselineSample: true, targetValue: true, startedOn: true, targetDate: true, status: true, closedAt: true, resultValue: true, resultSample: true, notes: true, createdAt: true },
  planRoutines: { planId: true, salesPlayId: true },
  salesPlays: { id: true, competencyId: true, title: true, whenToUse: true, steps: true, talkTrack: true, retiredAt: true, createdAt: true },
  auditLog: { id: true, actorId: true, actorTokenId: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true },
  // CoachingFeedback is left out on purpose, not forgotten. Reps answer on the promise that no
  // single answer can be traced to them, and even de-identified rows (coach, month, rating,
  // comment) would be re-linked inside this very file: one_on_ones has each coach's completion
  // times and audit_log has "coaching_feedback.submitted" by the rep on the meeting. The
  // aggregates (3 or more answers) are on the coaching scorecard. CoachSelfRating (a coach's own
  // private rating of their meetings) is left out too: its averages are on the scorecard as well.
} as const;

/**
 * ADMIN: everything the organization owns, as tables (users without password hashes, one-on-ones
 * without private notes). Reads the replica when there is one; the export itself is audited.
 */
export async function exportOrganizationData(viewer: Viewer, format: "json" | "csv"): Promise<OrganizationExport> {
  assertAdmin(viewer, "Only an administrator can export the organization's data");
  const organizationId = viewer.organizationId;
  const where = { organizationId };
  const [organization, users, teams, teamMemberships, funnelStages, activity, quotas, goals, benchmarks, competencies, coachingQuestions, assessments, oneOnOnes, commitments, plans, planRoutines, salesPlays, auditLog] =
    await Promise.all([
      readDb.organization.findUniqueOrThrow({ where: { id: organizationId }, select: SELECT.organization }),
      readDb.user.findMany({ where, select: SELECT.users, orderBy: { email: "asc" } }),
      readDb.team.findMany({ where, select: SELECT.teams, orderBy: { name: "asc" } }),
      readDb.teamMembership.findMany({ where, select: SELECT.teamMemberships, orderBy: [{ userId: "asc" }, { startedAt: "asc" }] }),
      readDb.funnelStage.findMany({ where, select: SELECT.funnelStages, orderBy: { position: "asc" } }),
      readDb.activity.findMany({ where, select: SELECT.activity, orderBy: [{ day: "asc" }, { repId: "asc" }, { stage: "asc" }] }),
      readDb.quota.findMany({ where, select: SELECT.quotas, orderBy: { createdAt: "asc" } }),
      readDb.goal.findMany({ where, select: SELECT.goals, orderBy: { createdAt: "asc" } }),
      readDb.benchmark.findMany({ where, select: SELECT.benchmarks, orderBy: [{ effectiveFrom: "asc" }, { createdAt: "asc" }] }),
      readDb.competency.findMany({ where, select: SELECT.competencies, orderBy: [{ kind: "asc" }, { position: "asc" }] }),
      readDb.coachingQuestion.findMany({ where, select: SELECT.coachingQuestions, orderBy: [{ competencyId: "asc" }, { position: "asc" }] }),
      readDb.assessment.findMany({ where, select: SELECT.assessments, orderBy: [{ assessedOn: "asc" }, { createdAt: "asc" }] }),
      readDb.oneOnOne.findMany({ where, select: SELECT.oneOnOnes, orderBy: { scheduledAt: "asc" } }),
      readDb.commitment.findMany({ where, select: SELECT.commitments, orderBy: { createdAt: "asc" } }),
      readDb.developmentPlan.findMany({ where, select: SELECT.plans, orderBy: { createdAt: "asc" } }),
      readDb.planRoutine.findMany({ where: { plan: { organizationId } }, select: SELECT.planRoutines, orderBy: [{ planId: "asc" }, { salesPlayId: "asc" }] }),
      readDb.salesPlay.findMany({ where, select: SELECT.salesPlays, orderBy: { createdAt: "asc" } }),
      readDb.auditLog.findMany({ where, select: SELECT.auditLog, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    ]);
  const tables: ExportTable[] = [
    table("organization", SELECT.organization, [organization]),
    table("users", SELECT.users, users),
    table("teams", SELECT.teams, teams),
    table("team_memberships", SELECT.teamMemberships, teamMemberships),
    table("funnel_stages", SELECT.funnelStages, funnelStages),
    table("activity", SELECT.activity, activity, ["day"]),
    table("quotas", SELECT.quotas, quotas, ["periodStart", "periodEnd"]),
    table("goals", SELECT.goals, goals, ["periodStart", "periodEnd"]),
    table("benchmarks", SELECT.benchmarks, benchmarks, ["effectiveFrom"]),
    table("competencies", SELECT.competencies, competencies),
    table("coaching_questions", SELECT.coachingQuestions, coachingQuestions),
    table("assessments", SELECT.assessments, assessments, ["assessedOn"]),
    table("one_on_ones", SELECT.oneOnOnes, oneOnOnes),
    table("commitments", SELECT.commitments, commitments, ["dueOn"]),
    table("development_plans", SELECT.plans, plans, ["startedOn", "targetDate"]),
    table("plan_routines", SELECT.planRoutines, planRoutines),
    table("sales_plays", SELECT.salesPlays, salesPlays),
    table("audit_log", SELECT.auditLog, auditLog),
  ];
  const exportedAt = new Date();
  await recordAudit({
    organizationId,
    ...auditActor(viewer),
    action: "organization.exported",
    entityType: "Organization",
    entityId: organizationId,
    after: { format, rows: Object.fromEntries(tables.map((entry) => [entry.name, entry.rows.length])) },
  }, db);
  return { exportedAt, organizationSlug: organization.slug, tables };
}
