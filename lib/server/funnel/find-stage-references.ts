import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { leverKeyMentionsStage } from "@/lib/funnel/stage-keys";

type ReadClient = Pick<Prisma.TransactionClient, "competency" | "benchmark">;

/** The competencies and benchmarks whose lever is a ratio into or out of the stage. */
export async function findStageReferences(client: ReadClient, organizationId: string, stageKey: string) {
  // Both tables are small per organization; matching in code avoids LIKE's "_" wildcard.
  const [competencies, benchmarks] = await Promise.all([
    client.competency.findMany({ where: { organizationId, leverKey: { not: null } }, select: { id: true, name: true, leverKey: true }, orderBy: { position: "asc" } }),
    client.benchmark.findMany({ where: { organizationId }, select: { id: true, teamId: true, leverKey: true, value: true, effectiveFrom: true } }),
  ]);
  return {
    competencies: competencies.filter((competency) => competency.leverKey && leverKeyMentionsStage(competency.leverKey, stageKey)),
    benchmarks: benchmarks.filter((benchmark) => leverKeyMentionsStage(benchmark.leverKey, stageKey)),
  };
}
