// The public API's invitation shapes (kept apart from lib/validation/api.ts).
import { z } from "zod";
import { emailSchema, idSchema, personNameSchema } from "@/lib/validation/common";

const invitationRoleSchema = z.enum(["ADMIN", "VP", "MANAGER", "REP"]);

export const createInvitationSchema = z
  .object({ email: emailSchema, name: personNameSchema, role: invitationRoleSchema, teamId: idSchema.nullable().optional() })
  .strict()
  .meta({ id: "CreateInvitation" });

export const invitationSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    role: invitationRoleSchema,
    teamId: z.string().nullable(),
    createdAt: z.string().describe("ISO 8601"),
    sentAt: z.string().nullable().describe("When the email last went out; null while it is queued"),
    expiresAt: z.string().describe("ISO 8601; the link stops working then"),
    expired: z.boolean(),
  })
  .meta({ id: "Invitation" });

export const invitationListSchema = z.object({ invitations: z.array(invitationSchema) });
