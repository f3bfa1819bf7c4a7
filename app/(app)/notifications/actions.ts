"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { markNotificationsRead } from "@/lib/server/reminders/mark-notifications-read";
import { noInputSchema } from "@/lib/validation/reminders";

export const markNotificationsReadAction = viewerAction(noInputSchema, async (viewer) => {
  await markNotificationsRead(viewer);
  revalidatePath("/", "layout");
});
