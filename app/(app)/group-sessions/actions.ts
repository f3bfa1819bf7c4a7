"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { addGroupCommitment } from "@/lib/server/group-sessions/add-group-commitment";
import { cancelGroupSession } from "@/lib/server/group-sessions/cancel-group-session";
import { completeGroupSession } from "@/lib/server/group-sessions/complete-group-session";
import { createGroupSession } from "@/lib/server/group-sessions/create-group-session";
import { saveGroupSessionNotes } from "@/lib/server/group-sessions/save-group-session-notes";
import { addGroupCommitmentSchema, createGroupSessionSchema, groupSessionIdSchema, saveGroupSessionNotesSchema } from "@/lib/validation/group-sessions";

// Each action through viewerAction; the operations decide the viewer's part in the session.
const refresh = (groupSessionId: string) => {
  revalidatePath(`/group-sessions/${groupSessionId}`);
  revalidatePath("/group-sessions");
};

export const createGroupSessionAction = viewerAction(
  createGroupSessionSchema,
  async (viewer, input) => {
    const session = await createGroupSession(viewer, input);
    revalidatePath("/group-sessions");
    return session;
  },
  { permission: "groupSession.run" },
);

export const saveGroupSessionNotesAction = viewerAction(
  saveGroupSessionNotesSchema,
  async (viewer, input) => {
    const saved = await saveGroupSessionNotes(viewer, input);
    refresh(input.groupSessionId);
    return saved;
  },
  { permission: "groupSession.list" },
);

export const addGroupCommitmentAction = viewerAction(
  addGroupCommitmentSchema,
  async (viewer, input) => {
    await addGroupCommitment(viewer, input);
    refresh(input.groupSessionId);
  },
  { permission: "groupSession.run" },
);

export const completeGroupSessionAction = viewerAction(
  groupSessionIdSchema,
  async (viewer, input) => {
    await completeGroupSession(viewer, input.groupSessionId);
    refresh(input.groupSessionId);
  },
  { permission: "groupSession.run" },
);

export const cancelGroupSessionAction = viewerAction(
  groupSessionIdSchema,
  async (viewer, input) => {
    await cancelGroupSession(viewer, input.groupSessionId);
    refresh(input.groupSessionId);
  },
  { permission: "groupSession.run" },
);
