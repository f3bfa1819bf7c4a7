import type { Metadata } from "next";
import { CalendarFeedControls } from "@/components/notifications/calendar-feed-controls";
import { NotificationPreferencesForm } from "@/components/notifications/notification-preferences-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCalendarFeed } from "@/lib/server/calendar-feed/get-calendar-feed";
import { getNotificationPreferences } from "@/lib/server/reminders/get-notification-preferences";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Profile and notifications" };

export default async function ProfileSettingsPage() {
  const viewer = await requireViewer();
  const [preferences, feed] = await Promise.all([getNotificationPreferences(viewer), getCalendarFeed(viewer)]);
  return (
    <>
      <PageHeader title="Profile and notifications" description={`${viewer.name} · ${viewer.email}`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Reminders</CardTitle>
            <CardDescription>By email and in your notifications list. Switch off what you don&apos;t need.</CardDescription>
          </CardHeader>
          <CardContent>
            <NotificationPreferencesForm preferences={preferences} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Calendar feed</CardTitle>
            <CardDescription>
              Your one-on-ones in your own calendar, in {viewer.organization.timeZone} time, updated when a meeting moves or is cancelled.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <CalendarFeedControls feed={feed} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
