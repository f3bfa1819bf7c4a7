import "server-only";
import { leversFor } from "@/lib/coaching";
import { db } from "@/lib/db";
import { leverKeyMentionsStage } from "@/lib/funnel/stage-keys";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * The funnel editor: stages in order with how much activity each holds and which competencies and
 * benchmarks use its ratios, plus lever keys that no longer match any ratio of the funnel.
 */
export async function getFunnelEditor(viewer: Viewer) {
  assertAdmin(viewer);
  const organizationId = viewer.organizationId;
  const [stages, activity, competencies, benchmarks] = await Promise.all([
    db.funnelStage.findMany({ where: { organizationId }, select: { id: true, key: true, label: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    db.activity.groupBy({ by: ["stage"], where: { organizationId }, _count: { _all: true } }),
    db.competency.findMany({ where: { organizationId, kind: "REP", retiredAt: null, leverKey: { not: null } }, select: { name: true, leverKey: true }, orderBy: { position: "asc" } }),
    db.benchmark.groupBy({ by: ["leverKey"], where: { organizationId }, _count: { _all: true } }),
  ]);
  const rowsByStage = new Map(activity.map((row) => [row.stage, row._count._all]));
  const leverKeys = new Set(leversFor(stages).map((lever) => lever.key));
  const referenced = new Set([...competencies.flatMap((competency) => (competency.leverKey ? [competency.leverKey] : [])), ...benchmarks.map((row) => row.leverKey)]);
  return {
    stages: stages.map((stage) => ({
      id: stage.id,
      key: stage.key,
      label: stage.label,
      activityRows: rowsByStage.get(stage.key) ?? 0,
      competencies: competencies.filter((competency) => competency.leverKey && leverKeyMentionsStage(competency.leverKey, stage.key)).map((competency) => competency.name),
      benchmarks: benchmarks.filter((row) => leverKeyMentionsStage(row.leverKey, stage.key)).reduce((sum, row) => sum + row._count._all, 0),
    })),
    unmatchedLeverKeys: [...referenced].filter((key) => !leverKeys.has(key)).sort(),
  };
}
