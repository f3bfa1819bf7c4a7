"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { moveOneOnOne } from "@/lib/server/one-on-ones/move-one-on-one";
import { moveOneOnOneSchema } from "@/lib/validation/reminders";

export const moveOneOnOneAction = viewerAction(moveOneOnOneSchema, async (viewer, input) => {
  await moveOneOnOne(viewer, input);
  revalidatePath(`/one-on-ones/${input.oneOnOneId}`);
  revalidatePath("/one-on-ones");
});
