import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { resolvePeriod, type PeriodRequest } from "@/lib/calendar/period";
import { leverDenominator, leversFor, MIN_TRIALS, rawLeverValues, type LeverKind } from "@/lib/coaching";
import { calibrationFlag, type CalibrationFlag } from "@/lib/coaching/calibration";
import { leverIncrement } from "@/lib/coaching/plan-status";
import type { AssessmentSource } from "@/lib/generated/prisma/enums";
import { getVisibleRep } from "@/lib/server/access/get-visible-rep";
import { loadStageTotals } from "@/lib/server/coaching/load-stage-totals";
import { toActivityTotals } from "@/lib/server/coaching/compute-coaching";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { readRubric } from "@/lib/validation/competencies";
import { dayKey } from "@/lib/calendar/days";

export interface AssessmentEntry {
  id: string;
  source: AssessmentSource;
  score: number | null;
  note: string;
  assessedOn: string;
  assessor: string;
}

export interface CompetencyAssessments {
  id: string;
  name: string;
  description: string;
  rubric: string[];
  lever: { key: string; label: string; kind: LeverKind } | null;
  latestLeader: AssessmentEntry | null;
  latestSelf: AssessmentEntry | null;
  /** Newest first, both sources. */
  history: AssessmentEntry[];
  /** Where the manager's latest score disagrees with the data (coaches only). */
  calibration: CalibrationFlag | null;
}

/**
 * A rep's competency assessments, one block per competency in use: the rubric, the latest manager
 * and self score, the history, and a calibration flag where the manager's latest score disagrees
 * with the ratio the competency drives (against the organization's reps over the same window).
 * `mode` says what the viewer may record: LEADER for the rep's manager, SELF for the rep; VP and
 * ADMIN read only. The organization's distribution leaves here only as quartiles.
 */
export async function getAssessmentBoard(viewer: Viewer, repId: string, request?: PeriodRequest) {
  const rep = await getVisibleRep(viewer, repId);
  const organizationId = viewer.organizationId;
  const settings = await loadOrganizationCoachingSettings(organizationId);
  const window = resolvePeriod(request, settings);
  const coach = can(viewer, "rep.view");
  const [competencies, assessments, peers] = await Promise.all([
    db.competency.findMany({
      where: { organizationId, kind: "REP", retiredAt: null },
      select: { id: true, name: true, description: true, rubric: true, leverKey: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
    db.assessment.findMany({
      where: { organizationId, subjectId: rep.id, competency: { kind: "REP", retiredAt: null } },
      select: { id: true, competencyId: true, source: true, score: true, note: true, assessedOn: true, assessorId: true },
      orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
      take: 600,
    }),
    coach ? db.user.findMany({ where: { organizationId, role: "REP", active: true }, select: { id: true } }) : Promise.resolve([]),
  ]);
  const assessorIds = [...new Set(assessments.map((assessment) => assessment.assessorId))];
  const repIds = [...new Set([rep.id, ...peers.map((peer) => peer.id)])];
  const [assessors, stageTotals] = await Promise.all([
    db.user.findMany({ where: { organizationId, id: { in: assessorIds } }, select: { id: true, name: true } }),
    coach ? loadStageTotals(organizationId, repIds, window) : Promise.resolve(new Map()),
  ]);

  const stageKeys = settings.stages.map((stage) => stage.key);
  const levers = leversFor(settings.stages);
  const totalsByRep = new Map(repIds.map((id) => [id, toActivityTotals(stageKeys, stageTotals.get(id), window)]));
  const peerValues = new Map<string, number[]>();
  for (const totals of totalsByRep.values()) {
    const values = rawLeverValues(settings.stages, totals);
    for (const lever of levers) {
      const value = values[lever.key];
      if (value === null || value === undefined || leverDenominator(settings.stages, lever, totals) < MIN_TRIALS[lever.kind]) continue;
      peerValues.set(lever.key, [...(peerValues.get(lever.key) ?? []), value]);
    }
  }
  const repTotals = totalsByRep.get(rep.id);

  const names = new Map(assessors.map((assessor) => [assessor.id, assessor.name]));
  const entry = (assessment: (typeof assessments)[number]): AssessmentEntry => ({
    id: assessment.id,
    source: assessment.source,
    score: assessment.score,
    note: assessment.note,
    assessedOn: dayKey(assessment.assessedOn),
    assessor: names.get(assessment.assessorId) ?? "Former user",
  });

  const blocks: CompetencyAssessments[] = competencies.map((competency) => {
    const history = assessments.filter((assessment) => assessment.competencyId === competency.id).map(entry);
    const latestLeader = history.find((item) => item.source === "LEADER") ?? null;
    const leverDef = levers.find((lever) => lever.key === competency.leverKey) ?? null;
    let calibration: CalibrationFlag | null = null;
    if (coach && leverDef && latestLeader && repTotals) {
      const sample = {
        kind: leverDef.kind,
        ...leverIncrement(settings.stages, leverDef, { ...repTotals.stageCounts, revenue: repTotals.revenueMinor }, repTotals.workingDays),
      };
      calibration = calibrationFlag({
        score: latestLeader.score,
        sample,
        peerValues: peerValues.get(leverDef.key) ?? [],
        label: leverDef.label,
        currency: settings.currency,
        confidenceThreshold: settings.confidenceThreshold,
      });
    }
    return {
      id: competency.id,
      name: competency.name,
      description: competency.description,
      rubric: readRubric(competency.rubric),
      lever: leverDef ? { key: leverDef.key, label: leverDef.label, kind: leverDef.kind } : null,
      latestLeader,
      latestSelf: history.find((item) => item.source === "SELF") ?? null,
      history,
      calibration,
    };
  });

  const mode: AssessmentSource | null =
    can(viewer, "assessment.score") ? "LEADER" : can(viewer, "assessment.self") && rep.id === viewer.id ? "SELF" : null;
  return {
    rep: { id: rep.id, name: rep.name },
    window: { key: window.key, label: window.label, from: window.from, to: window.to },
    competencies: blocks,
    mode,
  };
}

export type AssessmentBoard = Awaited<ReturnType<typeof getAssessmentBoard>>;
