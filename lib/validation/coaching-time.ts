import { z } from "zod";
import { COACHING_TIME_DEFAULTS } from "@/lib/coaching/coaching-time";

/** A week's coaching capacity: whole 5-minute steps, at most 40 hours (a manager's whole week). */
export const setCoachingCapacitySchema = z.object({
  capacityMinutes: z.coerce
    .number({ message: "Enter the minutes per week" })
    .int("Enter whole minutes")
    .min(0, "Enter 0 or more minutes")
    .max(2400, "At most 2400 minutes (40 hours) a week")
    .multipleOf(COACHING_TIME_DEFAULTS.stepMinutes, `Use steps of ${COACHING_TIME_DEFAULTS.stepMinutes} minutes`),
});
