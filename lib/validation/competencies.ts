// The competency framework and its coaching-question bank: the shapes forms, actions and stored JSON share.
import { z } from "zod";
import { idSchema, textField } from "@/lib/validation/common";

export const RUBRIC_LEVELS = 5;
export const competencyKindSchema = z.enum(["REP", "LEADER"], "must be REP or LEADER");

/** Five texts, level 1 first; an error names the level. */
export const rubricSchema = z
  .array(textField({ max: 600, min: 0, multiline: true }), "must be five level descriptions")
  .length(RUBRIC_LEVELS, `must have exactly ${RUBRIC_LEVELS} levels`)
  .superRefine((levels, context) => {
    levels.forEach((text, index) => {
      if (!text) context.addIssue({ code: "custom", path: [index], message: `Level ${index + 1}: describe what this level looks like` });
    });
  });

/** A stored rubric read back: anything else shows as five empty levels rather than breaking the page. */
export const storedRubricSchema = z.array(z.string()).length(RUBRIC_LEVELS);

export function readRubric(value: unknown): string[] {
  const parsed = storedRubricSchema.safeParse(value);
  return parsed.success ? parsed.data : Array.from({ length: RUBRIC_LEVELS }, () => "");
}

const leverKeySchema = z
  .union([
    z.literal(""),
    z
      .string()
      .max(100, "is not a lever of the funnel")
      .regex(/^[A-Za-z0-9_-]+$/, "is not a lever of the funnel"),
  ])
  .nullish()
  .transform((value) => value || null);

const competencyFields = {
  name: textField({ max: 80 }),
  description: textField({ max: 1_000, multiline: true }),
  rubric: rubricSchema,
  leverKey: leverKeySchema,
};

export const createCompetencySchema = z.object({ kind: competencyKindSchema, ...competencyFields });
export const updateCompetencySchema = z.object({ competencyId: idSchema, ...competencyFields });
export const competencyIdSchema = z.object({ competencyId: idSchema });

export const questionTextSchema = textField({ max: 300 });
export const addCoachingQuestionSchema = z.object({ competencyId: idSchema, text: questionTextSchema });
export const updateCoachingQuestionSchema = z.object({ questionId: idSchema, text: questionTextSchema });
export const coachingQuestionIdSchema = z.object({ questionId: idSchema });

export type CompetencyInput = z.infer<typeof createCompetencySchema>;
