"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { UnprocessableRowsError } from "@/lib/server/http/errors";
import { importPeople } from "@/lib/server/people-import/import-people";
import { peopleImportFormSchema } from "@/lib/validation/people-import";

const ADMIN = { permission: "organization.admin" } as const;

type RowProblem = { row: number; column: string | null; message: string };

/** Bad rows are an answer for the screen (a list to fix), not a failure of the action. */
async function planOrImport(run: () => ReturnType<typeof importPeople>) {
  try {
    return { status: "planned" as const, outcome: await run() };
  } catch (error) {
    if (error instanceof UnprocessableRowsError) return { status: "invalid" as const, message: error.message, errors: error.details as RowProblem[] };
    throw error;
  }
}

/** What the file would do, writing nothing. */
export const previewPeopleImportAction = viewerAction(peopleImportFormSchema, (viewer, input) => planOrImport(() => importPeople(viewer, { csv: input.csv, dryRun: true })), ADMIN);

/** Imports the file, all or nothing, only if the plan is still the one previewed. */
export const runPeopleImportAction = viewerAction(
  peopleImportFormSchema,
  async (viewer, input) => {
    const answer = await planOrImport(() => importPeople(viewer, { csv: input.csv, expectedFingerprint: input.planFingerprint, sendInvitations: input.sendInvitations }));
    if (answer.status === "planned") {
      revalidatePath("/settings/users");
      revalidatePath("/settings/teams");
    }
    return answer;
  },
  ADMIN,
);
