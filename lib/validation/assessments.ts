// Competency assessments: a manager's score of their rep, or a rep's self-assessment.
import { z } from "zod";
import { idSchema, textField } from "@/lib/validation/common";

export const assessmentSourceSchema = z.enum(["SELF", "LEADER"], "must be SELF or LEADER");
export const MAX_ASSESSMENT_NOTE = 2_000;

/** A score 1–5, or "not observed" (null, or the form's value "not_observed"); choosing neither is an error. */
const SCORE_MESSAGE = "choose a level from 1 to 5 or 'not observed'";
export const assessmentScoreSchema = z.preprocess(
  (value) => (value === "not_observed" ? null : value),
  z.coerce.number({ error: SCORE_MESSAGE }).int(SCORE_MESSAGE).min(1, SCORE_MESSAGE).max(5, SCORE_MESSAGE).nullable(),
);

export const recordAssessmentSchema = z.object({
  subjectId: idSchema,
  competencyId: idSchema,
  source: assessmentSourceSchema,
  score: assessmentScoreSchema,
  note: textField({ max: MAX_ASSESSMENT_NOTE, min: 0, multiline: true }).default(""),
});

export type RecordAssessmentInput = z.infer<typeof recordAssessmentSchema>;
