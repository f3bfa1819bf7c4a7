// The ADMIN's funnel editor. Keys are derived from the label once and never change.
import { z } from "zod";
import { idSchema, textField } from "@/lib/validation/common";

export const MAX_FUNNEL_STAGES = 12;
export const stageLabelSchema = textField({ max: 60 });

export const addFunnelStageSchema = z.object({
  label: stageLabelSchema,
  // Where the stage goes: "start", after a stage (its id), or at the end when absent or "".
  after: z
    .union([z.literal("start"), z.literal(""), idSchema])
    .optional()
    .transform((value) => value || undefined),
});

export const renameFunnelStageSchema = z.object({ stageId: idSchema, label: stageLabelSchema });
export const moveFunnelStageSchema = z.object({ stageId: idSchema, direction: z.enum(["up", "down"], "must be up or down") });
export const deleteFunnelStageSchema = z.object({ stageId: idSchema });

export const mergeFunnelStageSchema = z.object({
  stageId: idSchema,
  targetStageId: z.string().min(1, "choose the stage to merge into").pipe(idSchema),
});
/** The merge form also asks for an explicit confirmation. */
export const mergeFunnelStageFormSchema = mergeFunnelStageSchema.extend({
  confirm: z.literal("on", "tick the box to confirm the merge"),
});
