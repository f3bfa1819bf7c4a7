"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { recordAssessment } from "@/lib/server/assessments/record-assessment";
import { recordAssessmentSchema } from "@/lib/validation/assessments";
import { addCoCoach } from "@/lib/server/co-coaches/add-co-coach";
import { removeCoCoach } from "@/lib/server/co-coaches/remove-co-coach";
import { coCoachSchema } from "@/lib/validation/co-coaches";

/** The rep's manager scores a competency (recordAssessment refuses anyone else, and a rep scoring as a manager). */
export const recordManagerAssessmentAction = viewerAction(
  recordAssessmentSchema,
  async (viewer, input) => {
    await recordAssessment(viewer, input);
    revalidatePath(`/reps/${input.subjectId}`);
  },
  { permission: "assessment.score" },
);

/** The rep's manager (or the VP) adds a co-coach; addCoCoach decides on the rep's team. */
export const addCoCoachAction = viewerAction(
  coCoachSchema,
  async (viewer, input) => {
    await addCoCoach(viewer, input);
    revalidatePath(`/reps/${input.repId}`);
  },
  { permission: "rep.view" },
);

export const removeCoCoachAction = viewerAction(
  coCoachSchema,
  async (viewer, input) => {
    await removeCoCoach(viewer, input);
    revalidatePath(`/reps/${input.repId}`);
  },
  { permission: "rep.view" },
);
