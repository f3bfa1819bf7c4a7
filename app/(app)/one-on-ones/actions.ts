"use server";
import { revalidatePath } from "next/cache";
import { addCommitment } from "@/lib/server/commitments/add-commitment";
import { reviewCommitment } from "@/lib/server/commitments/review-commitment";
import { viewerAction } from "@/lib/server/http/action";
import { ConflictError } from "@/lib/server/http/errors";
import { submitCoachingFeedback } from "@/lib/server/feedback/submit-coaching-feedback";
import { submitCoachSelfRating } from "@/lib/server/feedback/submit-coach-self-rating";
import { addAddendum } from "@/lib/server/one-on-ones/add-addendum";
import { addAgendaItem } from "@/lib/server/one-on-ones/add-agenda-item";
import { cancelOneOnOne } from "@/lib/server/one-on-ones/cancel-one-on-one";
import { completeOneOnOne, type UnreviewedCommitmentsDetails } from "@/lib/server/one-on-ones/complete-one-on-one";
import { removeAgendaItem } from "@/lib/server/one-on-ones/remove-agenda-item";
import { savePrivateNote } from "@/lib/server/one-on-ones/save-private-note";
import { saveSharedNotes, type NotesConflictDetails } from "@/lib/server/one-on-ones/save-shared-notes";
import { scheduleOneOnOne } from "@/lib/server/one-on-ones/schedule-one-on-one";
import { setAgendaItemDone } from "@/lib/server/one-on-ones/set-agenda-item-done";
import { setCoachingCadence } from "@/lib/server/one-on-ones/set-coaching-cadence";
import { setFocusCompetency } from "@/lib/server/one-on-ones/set-focus-competency";
import { startOneOnOne } from "@/lib/server/one-on-ones/start-one-on-one";
import { startOneOnOneWith } from "@/lib/server/one-on-ones/start-one-on-one-with";
import {
  addAddendumSchema,
  addAgendaItemSchema,
  addCommitmentSchema,
  agendaItemSchema,
  completeOneOnOneSchema,
  oneOnOneIdSchema,
  reviewCommitmentSchema,
  saveNotesSchema,
  scheduleOneOnOneSchema,
  setAgendaItemDoneSchema,
  setCadenceSchema,
  setFocusCompetencySchema,
  startOneOnOneWithSchema,
} from "@/lib/validation/one-on-ones";
import { submitCoachingFeedbackSchema, submitCoachSelfRatingSchema } from "@/lib/validation/feedback";

// Every action goes through viewerAction (session → zod → scoped operation → expected errors as a
// message). Each returns only what its form needs; none ever returns private notes to anyone but
// their author (savePrivateNoteAction can only succeed for the coach who wrote them).

function refresh(oneOnOneId: string, list = false) {
  revalidatePath(`/one-on-ones/${oneOnOneId}`);
  if (list) revalidatePath("/one-on-ones");
}

/** Answers the new meeting's id; the form then opens it. */
export const scheduleOneOnOneAction = viewerAction(scheduleOneOnOneSchema, async (viewer, input) => {
  const meeting = await scheduleOneOnOne(viewer, input);
  revalidatePath("/one-on-ones");
  return { id: meeting.id };
});

export const startOneOnOneAction = viewerAction(oneOnOneIdSchema, async (viewer, { oneOnOneId }) => {
  await startOneOnOne(viewer, oneOnOneId);
  refresh(oneOnOneId, true);
});

/** Completed, or stopped with the commitments still to review (the coach then reviews them or completes anyway). */
export type CompleteResult = { status: "completed" } | { status: "unreviewed"; message: string; commitments: UnreviewedCommitmentsDetails["commitments"] };

/** From a rep's profile or the team dashboard: answers the meeting (under way, today's, or new) that the button then opens. */
export const startOneOnOneWithAction = viewerAction(
  startOneOnOneWithSchema,
  async (viewer, { memberId }) => {
    const meeting = await startOneOnOneWith(viewer, memberId);
    refresh(meeting.id, true);
    return { id: meeting.id };
  },
  { permission: "oneOnOne.startWithRep" },
);

export const completeOneOnOneAction = viewerAction(completeOneOnOneSchema, async (viewer, input): Promise<CompleteResult> => {
  try {
    await completeOneOnOne(viewer, input.oneOnOneId, { completeWithoutReview: input.completeWithoutReview });
  } catch (error) {
    const details = error instanceof ConflictError ? (error.details as UnreviewedCommitmentsDetails | undefined) : undefined;
    if (error instanceof ConflictError && details?.kind === "unreviewed_commitments") return { status: "unreviewed", message: error.message, commitments: details.commitments };
    throw error;
  }
  refresh(input.oneOnOneId, true);
  return { status: "completed" };
});

export const cancelOneOnOneAction = viewerAction(oneOnOneIdSchema, async (viewer, { oneOnOneId }) => {
  await cancelOneOnOne(viewer, oneOnOneId);
  refresh(oneOnOneId, true);
});

/** A notes save answers "saved" with the new version, or "conflict" with the server's text to merge with. */
export type NotesSaveResult = { status: "saved"; version: number; savedAt: string } | { status: "conflict"; message: string; serverBody: string; serverVersion: number };

function asNotesConflict(error: unknown): NotesSaveResult | null {
  if (!(error instanceof ConflictError)) return null;
  const details = error.details as NotesConflictDetails | undefined;
  if (details?.kind !== "notes_conflict") return null;
  return { status: "conflict", message: error.message, serverBody: details.serverBody, serverVersion: details.serverVersion };
}

// Autosaves do not revalidate the page: re-rendering under someone typing would fight their cursor.
export const saveSharedNotesAction = viewerAction(saveNotesSchema, async (viewer, input): Promise<NotesSaveResult> => {
  try {
    return { status: "saved", ...(await saveSharedNotes(viewer, input)) };
  } catch (error) {
    const conflict = asNotesConflict(error);
    if (conflict) return conflict;
    throw error;
  }
});

export const savePrivateNoteAction = viewerAction(saveNotesSchema, async (viewer, input): Promise<NotesSaveResult> => {
  try {
    return { status: "saved", ...(await savePrivateNote(viewer, input)) };
  } catch (error) {
    const conflict = asNotesConflict(error);
    if (conflict) return conflict;
    throw error;
  }
});

export const addAgendaItemAction = viewerAction(addAgendaItemSchema, async (viewer, input) => {
  await addAgendaItem(viewer, input);
  refresh(input.oneOnOneId);
});

export const setAgendaItemDoneAction = viewerAction(setAgendaItemDoneSchema, async (viewer, input) => {
  await setAgendaItemDone(viewer, input);
  refresh(input.oneOnOneId);
});

export const removeAgendaItemAction = viewerAction(agendaItemSchema, async (viewer, input) => {
  await removeAgendaItem(viewer, input);
  refresh(input.oneOnOneId);
});

export const setFocusCompetencyAction = viewerAction(setFocusCompetencySchema, async (viewer, input) => {
  await setFocusCompetency(viewer, input);
  refresh(input.oneOnOneId);
});

export const addCommitmentAction = viewerAction(addCommitmentSchema, async (viewer, input) => {
  await addCommitment(viewer, input);
  refresh(input.oneOnOneId);
});

export const reviewCommitmentAction = viewerAction(reviewCommitmentSchema, async (viewer, input) => {
  await reviewCommitment(viewer, { oneOnOneId: input.oneOnOneId, commitmentId: input.commitmentId, outcome: input.outcome, dueOn: input.dueOn || undefined });
  refresh(input.oneOnOneId);
});

export const addAddendumAction = viewerAction(addAddendumSchema, async (viewer, input) => {
  await addAddendum(viewer, input);
  refresh(input.oneOnOneId);
});

/** A rep rates their completed meeting; the answer is never returned, only that it was given. */
export const submitCoachingFeedbackAction = viewerAction(
  submitCoachingFeedbackSchema,
  async (viewer, input) => {
    await submitCoachingFeedback(viewer, input);
    refresh(input.oneOnOneId);
  },
  { permission: "oneOnOne.giveFeedback" },
);

export const setCadenceAction = viewerAction(
  setCadenceSchema,
  async (viewer, input) => {
    await setCoachingCadence(viewer, input.cadence);
    revalidatePath("/one-on-ones");
  },
  { permission: "oneOnOne.setCadence" },
);

/** The coach rates their own completed meeting, privately (the scorecard's paired perception). */
export const submitCoachSelfRatingAction = viewerAction(
  submitCoachSelfRatingSchema,
  async (viewer, input) => {
    await submitCoachSelfRating(viewer, input);
    refresh(input.oneOnOneId);
  },
  { permission: "oneOnOne.rateOwn" },
);
