import "server-only";
import { leversFor } from "@/lib/coaching";
import { getFunnelStages } from "@/lib/server/funnel/get-funnel";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** The funnel's stages in order, the ratios between them, and every lever the engine weighs. */
export async function describeFunnel(viewer: Viewer) {
  const stages = await getFunnelStages(viewer.organizationId);
  const levers = leversFor(stages);
  return {
    stages,
    ratios: levers.filter((lever) => lever.kind === "ratio").map((lever) => ({ key: lever.key, from: lever.from ?? "", to: lever.to ?? "" })),
    levers: levers.map((lever) => ({ key: lever.key, kind: lever.kind, label: lever.label })),
  };
}
