"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { createLeaderPlan } from "@/lib/server/scorecard/create-leader-plan";
import { acceptDevelopmentPrioritySchema } from "@/lib/validation/scorecard";

/** The VP accepts a manager's proposed development priority into a leader plan (re-checked and recomputed on the server). */
export const acceptDevelopmentPriorityAction = viewerAction(
  acceptDevelopmentPrioritySchema,
  async (viewer, input) => {
    const plan = await createLeaderPlan(viewer, input);
    revalidatePath(`/org/coaching/${input.managerId}`);
    revalidatePath("/org/coaching");
    revalidatePath("/me/coaching");
    return plan;
  },
  { permission: "leaderPlan.manage" },
);
