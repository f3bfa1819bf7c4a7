"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { createCalendarFeed } from "@/lib/server/calendar-feed/create-calendar-feed";
import { revokeCalendarFeed } from "@/lib/server/calendar-feed/revoke-calendar-feed";
import { setNotificationPreferences } from "@/lib/server/reminders/set-notification-preferences";
import { noInputSchema, notificationPreferencesSchema } from "@/lib/validation/reminders";

export const setNotificationPreferencesAction = viewerAction(notificationPreferencesSchema, async (viewer, preferences) => {
  await setNotificationPreferences(viewer, preferences);
  revalidatePath("/settings/profile");
});

/** Answers the new feed URL, shown once. */
export const createCalendarFeedAction = viewerAction(noInputSchema, async (viewer) => {
  const feed = await createCalendarFeed(viewer);
  revalidatePath("/settings/profile");
  return feed;
});

export const revokeCalendarFeedAction = viewerAction(noInputSchema, async (viewer) => {
  await revokeCalendarFeed(viewer);
  revalidatePath("/settings/profile");
});
