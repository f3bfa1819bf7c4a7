"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/action";
import { recordAssessment } from "@/lib/server/assessments/record-assessment";
import { recordAssessmentSchema } from "@/lib/validation/assessments";

/** The rep's manager scores a competency (recordAssessment refuses anyone else, and a rep scoring as a manager). */
export const recordManagerAssessmentAction = viewerAction(
  recordAssessmentSchema,
  async (viewer, input) => {
    await recordAssessment(viewer, input);
    revalidatePath(`/reps/${input.subjectId}`);
  },
  { permission: "assessment.score" },
);
