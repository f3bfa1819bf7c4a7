import "server-only";
import { db } from "@/lib/db";
import { dealCountableStages } from "@/lib/coaching/funnel-source";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { loadFunnelSources } from "@/lib/server/deals/load-funnel-sources";
import { InvalidInputError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { SetFunnelSourcesInput } from "@/lib/validation/deals";

/** ADMIN: per deal-countable stage (opportunities, won, revenue), count logged activity or CRM deals. */
export async function setFunnelSources(viewer: Viewer, input: SetFunnelSourcesInput) {
  assertAdmin(viewer, "Only an administrator can change where the funnel's counts come from");
  const { organizationId } = viewer;
  const before = await loadFunnelSources(organizationId);
  const countable = new Set(dealCountableStages(before.stageKeys));
  const unknown = Object.keys(input.sources).filter((key) => !countable.has(key));
  if (unknown.length > 0) throw new InvalidInputError(`sources: deals cannot count ${unknown.join(", ")}`, { sources: [`deals count only ${[...countable].join(", ")}`] });
  await db.$transaction(async (tx) => {
    for (const [stageKey, source] of Object.entries(input.sources)) {
      await tx.funnelStageSource.upsert({ where: { organizationId_stageKey: { organizationId, stageKey } }, create: { organizationId, stageKey, source }, update: { source } });
    }
    await recordAudit({ organizationId, ...auditActor(viewer), action: "funnel_sources.set", entityType: "Organization", entityId: organizationId, before: before.sources, after: input.sources }, tx);
  });
  return loadFunnelSources(organizationId);
}
