import { z } from "zod";
import { idSchema, localDateTime } from "@/lib/validation/common";

// A checkbox posts "on" when ticked and nothing when not: absent means switched off.
const checkbox = z
  .literal("on")
  .optional()
  .transform((value) => value === "on");

export const notificationPreferencesSchema = z.object({
  ONE_ON_ONE_TOMORROW: checkbox,
  COMMITMENT_DUE: checkbox,
  WEEKLY_DIGEST: checkbox,
});

export const moveOneOnOneSchema = z.object({ oneOnOneId: idSchema, scheduledAt: localDateTime });

export const noInputSchema = z.object({});
