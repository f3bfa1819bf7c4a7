"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { addCoachingQuestion } from "@/lib/server/competencies/add-coaching-question";
import { createCompetency } from "@/lib/server/competencies/create-competency";
import { deleteCompetency } from "@/lib/server/competencies/delete-competency";
import { removeCoachingQuestion } from "@/lib/server/competencies/remove-coaching-question";
import { restoreCompetency } from "@/lib/server/competencies/restore-competency";
import { retireCompetency } from "@/lib/server/competencies/retire-competency";
import { updateCoachingQuestion } from "@/lib/server/competencies/update-coaching-question";
import { updateCompetency } from "@/lib/server/competencies/update-competency";
import {
  addCoachingQuestionSchema,
  coachingQuestionIdSchema,
  competencyIdSchema,
  createCompetencySchema,
  updateCoachingQuestionSchema,
  updateCompetencySchema,
} from "@/lib/validation/competencies";

// The competency framework is the ADMIN's; each operation checks that again (an action is a public endpoint).
const ADMIN = { permission: "organization.admin" } as const;
const refresh = () => revalidatePath("/competencies");

export const createCompetencyAction = viewerAction(
  createCompetencySchema,
  async (viewer, input) => {
    const competency = await createCompetency(viewer, input);
    refresh();
    return competency;
  },
  ADMIN,
);

export const updateCompetencyAction = viewerAction(
  updateCompetencySchema,
  async (viewer, input) => {
    await updateCompetency(viewer, input);
    refresh();
  },
  ADMIN,
);

export const retireCompetencyAction = viewerAction(
  competencyIdSchema,
  async (viewer, { competencyId }) => {
    await retireCompetency(viewer, competencyId);
    refresh();
  },
  ADMIN,
);

export const restoreCompetencyAction = viewerAction(
  competencyIdSchema,
  async (viewer, { competencyId }) => {
    await restoreCompetency(viewer, competencyId);
    refresh();
  },
  ADMIN,
);

export const deleteCompetencyAction = viewerAction(
  competencyIdSchema,
  async (viewer, { competencyId }) => {
    await deleteCompetency(viewer, competencyId);
    refresh();
  },
  ADMIN,
);

export const addCoachingQuestionAction = viewerAction(
  addCoachingQuestionSchema,
  async (viewer, input) => {
    await addCoachingQuestion(viewer, input);
    refresh();
  },
  ADMIN,
);

export const updateCoachingQuestionAction = viewerAction(
  updateCoachingQuestionSchema,
  async (viewer, input) => {
    await updateCoachingQuestion(viewer, input);
    refresh();
  },
  ADMIN,
);

export const removeCoachingQuestionAction = viewerAction(
  coachingQuestionIdSchema,
  async (viewer, { questionId }) => {
    await removeCoachingQuestion(viewer, questionId);
    refresh();
  },
  ADMIN,
);
