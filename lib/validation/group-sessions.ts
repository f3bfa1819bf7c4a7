// Group coaching sessions: the shapes forms, actions and operations share.
import { z } from "zod";
import { idSchema, isoDateSchema, localDateTime, textField } from "@/lib/validation/common";
import { MAX_NOTES_LENGTH } from "@/lib/validation/one-on-ones";

export const createGroupSessionSchema = z.object({
  teamId: idSchema,
  // Two reps at least (one is a one-on-one); a team's worth at most.
  repIds: z.array(idSchema).min(2, "Choose at least two reps").max(50, "Choose at most 50 reps"),
  scheduledAt: localDateTime,
});

export const groupSessionIdSchema = z.object({ groupSessionId: idSchema });

export const saveGroupSessionNotesSchema = z.object({
  groupSessionId: idSchema,
  body: textField({ max: MAX_NOTES_LENGTH, min: 0, multiline: true, trim: false, maxMessage: `Notes must be at most ${MAX_NOTES_LENGTH.toLocaleString("en-US")} characters` }),
  version: z.coerce.number().int().min(0),
});

export const addGroupCommitmentSchema = z.object({
  groupSessionId: idSchema,
  repId: idSchema,
  text: textField({ max: 300, requiredMessage: "Describe the commitment", maxMessage: "A commitment must be at most 300 characters" }),
  dueOn: z.string().min(1, "Enter a due date").pipe(isoDateSchema),
});
