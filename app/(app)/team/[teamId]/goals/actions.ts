"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { setQuotas } from "@/lib/server/goals/set-quotas";
import { allocateQuotasFormSchema } from "@/lib/validation/goals";

/** The team's goal to its reps: by hand, or split evenly or in proportion to last period (recomputed on the server). */
export const allocateQuotasAction = viewerAction(
  allocateQuotasFormSchema,
  async (viewer, input) => {
    await setQuotas(viewer, {
      period: input.period,
      teamId: input.teamId,
      ...(input.method === "manual" ? { quotas: input.amounts.map((line) => ({ repId: line.id, amount: line.amount })) } : { split: input.method }),
      confirmOverAllocation: input.confirmOverAllocation,
    });
    revalidatePath(`/team/${input.teamId}/goals`);
    revalidatePath(`/team/${input.teamId}`);
  },
  { permission: "quota.set" },
);
