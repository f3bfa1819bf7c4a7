"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { setFunnelSources } from "@/lib/server/deals/set-funnel-sources";
import { setFunnelSourcesSchema } from "@/lib/validation/deals";
import { addFunnelStage } from "@/lib/server/funnel/add-funnel-stage";
import { deleteFunnelStage } from "@/lib/server/funnel/delete-funnel-stage";
import { mergeFunnelStage } from "@/lib/server/funnel/merge-funnel-stage";
import { moveFunnelStage } from "@/lib/server/funnel/move-funnel-stage";
import { renameFunnelStage } from "@/lib/server/funnel/rename-funnel-stage";
import { addFunnelStageSchema, deleteFunnelStageSchema, mergeFunnelStageFormSchema, moveFunnelStageSchema, renameFunnelStageSchema } from "@/lib/validation/funnel";

const ADMIN = { permission: "organization.admin" } as const;

// The funnel shapes every screen's levers, so everything under the signed-in layout is refreshed.
function refresh() {
  revalidatePath("/", "layout");
}

export const addFunnelStageAction = viewerAction(
  addFunnelStageSchema,
  async (viewer, input) => {
    const stage = await addFunnelStage(viewer, input);
    refresh();
    return { key: stage.key, label: stage.label };
  },
  ADMIN,
);

export const renameFunnelStageAction = viewerAction(
  renameFunnelStageSchema,
  async (viewer, input) => {
    await renameFunnelStage(viewer, input);
    refresh();
  },
  ADMIN,
);

export const moveFunnelStageAction = viewerAction(
  moveFunnelStageSchema,
  async (viewer, input) => {
    await moveFunnelStage(viewer, input);
    refresh();
  },
  ADMIN,
);

export const deleteFunnelStageAction = viewerAction(
  deleteFunnelStageSchema,
  async (viewer, input) => {
    await deleteFunnelStage(viewer, input);
    refresh();
  },
  ADMIN,
);

export const mergeFunnelStageAction = viewerAction(
  mergeFunnelStageFormSchema,
  async (viewer, input) => {
    const result = await mergeFunnelStage(viewer, { stageId: input.stageId, targetStageId: input.targetStageId });
    refresh();
    return { movedRows: result.movedRows, droppedBenchmarks: result.droppedBenchmarks.length, clearedCompetencies: result.clearedCompetencies.map((row) => row.name) };
  },
  ADMIN,
);

/** Per deal-countable stage: count logged activity or CRM deals. Form fields are named sources.<stage key>. */
export const setFunnelSourcesAction = viewerAction(
  setFunnelSourcesSchema,
  async (viewer, input) => {
    await setFunnelSources(viewer, input);
    refresh();
  },
  ADMIN,
);
