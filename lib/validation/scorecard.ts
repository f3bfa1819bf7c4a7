// The coaching scorecard: the VP accepts a manager's development priority into a leader plan.
import { z } from "zod";
import { idSchema } from "@/lib/validation/common";

/** A leader plan runs this long: at its target date the scorecard's 90-day window covers exactly the plan's time. */
export const LEADER_PLAN_DAYS = 90;

export const acceptDevelopmentPrioritySchema = z.object({
  managerId: idSchema,
  // The priority the VP saw: if the scorecard has moved on since, nothing is created.
  competencyId: idSchema,
});

export type AcceptDevelopmentPriorityInput = z.infer<typeof acceptDevelopmentPrioritySchema>;
