"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { recordAssessment } from "@/lib/server/assessments/record-assessment";
import { recordAssessmentSchema } from "@/lib/validation/assessments";

/** A rep's self-assessment (recordAssessment accepts SELF for the rep themself only). */
export const recordSelfAssessmentAction = viewerAction(
  recordAssessmentSchema,
  async (viewer, input) => {
    await recordAssessment(viewer, input);
    revalidatePath("/me/assessment");
    revalidatePath("/me");
  },
  { permission: "assessment.self" },
);
