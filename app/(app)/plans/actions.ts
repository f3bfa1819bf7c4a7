"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { attachPlanRoutine } from "@/lib/server/plans/attach-plan-routine";
import { closePlan } from "@/lib/server/plans/close-plan";
import { createPlanFromFocus } from "@/lib/server/plans/create-plan-from-focus";
import { detachPlanRoutine } from "@/lib/server/plans/detach-plan-routine";
import { updatePlan } from "@/lib/server/plans/update-plan";
import { createPlanFromFocusSchema, planIdSchema, planRoutineSchema, updatePlanSchema } from "@/lib/validation/plans";

// Plans are the rep's manager's to change; each operation re-checks that against the plan's rep.
const MANAGER = { permission: "plan.manage" } as const;

function refresh(planId: string, repId?: string) {
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/plans");
  if (repId) revalidatePath(`/reps/${repId}`);
}

/** Answers the new plan's id; the button then opens it. */
export const createPlanFromFocusAction = viewerAction(
  createPlanFromFocusSchema,
  async (viewer, input) => {
    const plan = await createPlanFromFocus(viewer, input);
    refresh(plan.id, input.repId);
    return plan;
  },
  MANAGER,
);

export const updatePlanAction = viewerAction(
  updatePlanSchema,
  async (viewer, input) => {
    await updatePlan(viewer, input);
    refresh(input.planId);
  },
  MANAGER,
);

export const attachPlanRoutineAction = viewerAction(
  planRoutineSchema,
  async (viewer, input) => {
    await attachPlanRoutine(viewer, input);
    refresh(input.planId);
  },
  MANAGER,
);

export const detachPlanRoutineAction = viewerAction(
  planRoutineSchema,
  async (viewer, input) => {
    await detachPlanRoutine(viewer, input);
    refresh(input.planId);
  },
  MANAGER,
);

export const closePlanAction = viewerAction(
  planIdSchema,
  async (viewer, { planId }) => {
    const result = await closePlan(viewer, planId);
    refresh(planId);
    return result;
  },
  MANAGER,
);
