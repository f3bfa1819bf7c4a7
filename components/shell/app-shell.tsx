import { Bell } from "lucide-react";
import Link from "next/link";
import { signOutAction } from "@/app/(app)/actions";
import { navigationFor } from "@/components/shell/navigation";
import { MainNavigation } from "@/components/shell/main-navigation";
import { UserMenu } from "@/components/shell/user-menu";
import { homePath, type AccessSubject } from "@/lib/access/policy";
import { roleLabel } from "@/lib/auth/roles";

export interface ShellViewer extends AccessSubject {
  name: string;
  email: string;
  organizationName: string;
}

export function AppShell({ viewer, unreadNotifications = 0, children }: { viewer: ShellViewer; unreadNotifications?: number; children: React.ReactNode }) {
  const navigation = navigationFor(viewer);
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href={homePath(viewer)} className="text-lg font-bold tracking-tight text-brand-700">
            Coachboard
          </Link>
          <span className="hidden text-sm text-slate-600 sm:inline" data-testid="organization-name">
            {viewer.organizationName}
          </span>
          <MainNavigation items={navigation} />
          <Link
            href="/notifications"
            className="relative ml-auto rounded-md p-2 text-slate-700 hover:bg-slate-100"
            aria-label={unreadNotifications ? `Notifications, ${unreadNotifications} unread` : "Notifications"}
            data-testid="notifications-link"
          >
            <Bell aria-hidden="true" className="h-5 w-5" />
            {unreadNotifications ? (
              <span
                aria-hidden="true"
                className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold leading-5 text-white"
                data-testid="notifications-badge"
              >
                {unreadNotifications > 99 ? "99+" : unreadNotifications}
              </span>
            ) : null}
          </Link>
          <UserMenu name={viewer.name} email={viewer.email} roleLabel={roleLabel(viewer)} signOut={signOutAction} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
