import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { leversFor } from "@/lib/coaching";
import { readRubric } from "@/lib/validation/competencies";
import type { CompetencyKind } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { dayKey } from "@/lib/calendar/days";

export interface CompetencyView {
  id: string;
  kind: CompetencyKind;
  name: string;
  description: string;
  /** Level 1 to 5. */
  rubric: string[];
  leverKey: string | null;
  /** The lever's label in today's funnel; null when it has none or the lever left the funnel. */
  leverLabel: string | null;
  retiredAt: string | null;
  questions: { id: string; text: string }[];
  /** What refers to it; any of it means it can only be retired, never deleted. */
  history: { assessments: number; plans: number; plays: number; oneOnOnes: number };
}

/**
 * The organization's competency framework, rep and leader competencies in order, with their
 * rubrics, levers and coaching questions. Everyone in the organization reads it; only a signed-in
 * ADMIN edits it.
 */
export async function listCompetencies(viewer: Viewer) {
  const organizationId = viewer.organizationId;
  const [stages, competencies] = await Promise.all([
    db.funnelStage.findMany({ where: { organizationId }, select: { key: true, label: true }, orderBy: { position: "asc" } }),
    db.competency.findMany({
      where: { organizationId },
      select: {
        id: true,
        kind: true,
        name: true,
        description: true,
        rubric: true,
        leverKey: true,
        retiredAt: true,
        questions: { where: { retiredAt: null }, select: { id: true, text: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
        _count: { select: { assessments: true, plans: true, salesPlays: true, oneOnOnes: true } },
      },
      orderBy: [{ kind: "asc" }, { retiredAt: { sort: "desc", nulls: "first" } }, { position: "asc" }, { name: "asc" }],
    }),
  ]);
  const levers = leversFor(stages).map((lever) => ({ key: lever.key, label: lever.label }));
  const leverLabel = new Map(levers.map((lever) => [lever.key, lever.label]));
  const views: CompetencyView[] = competencies.map((competency) => ({
    id: competency.id,
    kind: competency.kind,
    name: competency.name,
    description: competency.description,
    rubric: readRubric(competency.rubric),
    leverKey: competency.leverKey,
    leverLabel: competency.leverKey ? (leverLabel.get(competency.leverKey) ?? null) : null,
    retiredAt: competency.retiredAt ? dayKey(competency.retiredAt) : null,
    questions: competency.questions,
    history: {
      assessments: competency._count.assessments,
      plans: competency._count.plans,
      plays: competency._count.salesPlays,
      oneOnOnes: competency._count.oneOnOnes,
    },
  }));
  return {
    rep: views.filter((competency) => competency.kind === "REP"),
    leader: views.filter((competency) => competency.kind === "LEADER"),
    levers,
    canEdit: can(viewer, "organization.admin"),
  };
}

export type CompetencyFramework = Awaited<ReturnType<typeof listCompetencies>>;
