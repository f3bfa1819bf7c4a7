import { z } from "zod";
import { newPasswordSchema } from "@/lib/validation/auth";
import { emailSchema, idSchema, personNameSchema } from "@/lib/validation/common";
import { optionalTeamIdSchema, userRoleSchema } from "@/lib/validation/users";

export const inviteUserSchema = z.object({ name: personNameSchema, email: emailSchema, role: userRoleSchema, teamId: optionalTeamIdSchema });
export type InviteUserInput = z.output<typeof inviteUserSchema>;

export const invitationIdSchema = z.object({ invitationId: idSchema });

/** A link's token: 32 random bytes, base64url. */
export const oneTimeTokenSchema = z.string().trim().min(20, "the link is incomplete").max(200, "the link is not valid").regex(/^[A-Za-z0-9_-]+$/, "the link is not valid");

export const setPasswordSchema = z
  .object({ token: oneTimeTokenSchema, password: newPasswordSchema, confirm: z.string().max(256) })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "The passwords don't match" });

export const forgotPasswordSchema = z.object({ email: emailSchema });
