import type { Metadata } from "next";
import Link from "next/link";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PREFERENCES_PATH } from "@/lib/reminders/kinds";
import { listNotifications } from "@/lib/server/reminders/list-notifications";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const notifications = await listNotifications(viewer);
  const unread = notifications.filter((notification) => notification.unread).length;
  return (
    <>
      <PageHeader
        title="Notifications"
        description={
          <>
            Your reminders, also sent by email. Choose which ones you get in{" "}
            <Link href={PREFERENCES_PATH} className="text-brand-700 underline">
              your profile settings
            </Link>
            .
          </>
        }
        actions={unread ? <MarkReadButton /> : undefined}
      />
      {notifications.length ? (
        <ul className="flex flex-col gap-2" aria-label="Notifications">
          {notifications.map((notification) => (
            <li
              key={notification.id}
              className={`rounded-lg border bg-white p-4 ${notification.unread ? "border-brand-600" : "border-slate-200"}`}
              data-testid="notification"
            >
              <p className="font-medium text-slate-900">
                {notification.unread ? <span className="mr-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white">New</span> : null}
                <Link href={notification.path} className="text-brand-700 underline-offset-2 hover:underline">
                  {notification.title}
                </Link>
              </p>
              <p className="mt-1 text-sm text-slate-700">{notification.body}</p>
              <p className="mt-1 text-xs text-slate-600">{notification.createdLabel}</p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No reminders yet">One-on-ones tomorrow, commitments coming due and your weekly digest show here.</EmptyState>
      )}
    </>
  );
}
