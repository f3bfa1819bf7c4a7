// The ADMIN's user management: the shapes the forms, actions and operations share.
import { z } from "zod";
import { newPasswordSchema } from "@/lib/validation/auth";
import { emailSchema, idSchema, personNameSchema } from "@/lib/validation/common";
import { ROLES } from "@/lib/validation/roles";

export const userRoleSchema = z.enum(ROLES, "choose a role");

/** A team select: "" means no team. */
export const optionalTeamIdSchema = z
  .union([z.literal(""), idSchema])
  .optional()
  .transform((value) => value || null);

export const addUserSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  role: userRoleSchema,
  teamId: optionalTeamIdSchema,
  // The initial password the administrator hands over; the user can be asked to change it.
  password: newPasswordSchema,
});
export type AddUserInput = z.output<typeof addUserSchema>;

export const setUserActiveSchema = z.object({ userId: idSchema, active: z.enum(["true", "false"], "must be true or false") });
export const changeUserRoleSchema = z.object({ userId: idSchema, role: userRoleSchema });
export const moveUserToTeamSchema = z.object({ userId: idSchema, teamId: optionalTeamIdSchema });
export const userIdSchema = z.object({ userId: idSchema });

export const setUserEmailSchema = z.object({ userId: idSchema, email: emailSchema });
