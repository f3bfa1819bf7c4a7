"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { InvalidInputError, UnprocessableRowsError } from "@/lib/server/http/errors";
import { importQuotas } from "@/lib/server/goals/import-quotas";
import { setGoals } from "@/lib/server/goals/set-goals";
import { allocateTeamGoalsFormSchema, importQuotasFormSchema, setOrganizationGoalFormSchema } from "@/lib/validation/goals";

function refresh() {
  revalidatePath("/org/goals");
  revalidatePath("/org");
}

export const setOrganizationGoalAction = viewerAction(
  setOrganizationGoalFormSchema,
  async (viewer, input) => {
    await setGoals(viewer, { period: input.period, organization: input.amount, confirmOverAllocation: input.confirmOverAllocation });
    refresh();
  },
  { permission: "goal.set" },
);

/** By hand, or the organization's goal split evenly or in proportion to last period (recomputed on the server). */
export const allocateTeamGoalsAction = viewerAction(
  allocateTeamGoalsFormSchema,
  async (viewer, input) => {
    await setGoals(viewer, {
      period: input.period,
      ...(input.method === "manual" ? { teams: input.amounts.map((line) => ({ teamId: line.id, amount: line.amount })) } : { split: input.method }),
      confirmOverAllocation: input.confirmOverAllocation,
    });
    refresh();
  },
  { permission: "goal.set" },
);

/** Every failing row comes back as a field error keyed "row N · column", for the form to list. */
export const importQuotasAction = viewerAction(
  importQuotasFormSchema,
  async (viewer, input) => {
    try {
      const result = await importQuotas(viewer, input.csv, { confirmOverAllocation: input.confirmOverAllocation });
      refresh();
      return result;
    } catch (error) {
      if (!(error instanceof UnprocessableRowsError)) throw error;
      const fieldErrors: Record<string, string[]> = {};
      for (const problem of (error.details ?? []) as { row: number; column: string | null; message: string }[]) {
        (fieldErrors[`row ${problem.row}${problem.column ? ` · ${problem.column}` : ""}`] ??= []).push(problem.message);
      }
      throw new InvalidInputError(error.message, fieldErrors);
    }
  },
  { permission: "organization.manage" },
);
