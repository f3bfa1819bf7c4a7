import { z } from "zod";
import { emailSchema, idSchema, textField } from "@/lib/validation/common";

export const teamNameSchema = textField({ max: 80 });

/** The create-team form: the manager is chosen by email ("" = none), as the public API does. */
export const createTeamFormSchema = z.object({
  name: teamNameSchema,
  managerEmail: z
    .union([z.literal(""), emailSchema])
    .optional()
    .transform((value) => value || undefined),
});

export const renameTeamSchema = z.object({ teamId: idSchema, name: teamNameSchema });

export const setTeamManagerSchema = z.object({
  teamId: idSchema,
  managerId: z
    .union([z.literal(""), idSchema])
    .optional()
    .transform((value) => value || null),
});

/** A team's region by name: an unknown name creates the region; "" takes the team out of any. */
export const setTeamRegionSchema = z.object({
  teamId: idSchema,
  region: z
    .string()
    .trim()
    .max(80, "must be at most 80 characters")
    .transform((value) => value.replace(/\s+/g, " ") || null),
});
