import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/access/policy";
import { GroupSessionStatusBadge } from "@/components/group-sessions/group-session-status-badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RowTh, Table, Td, Th } from "@/components/ui/table";
import { CreateGroupSessionForm } from "@/components/group-sessions/create-group-session-form";
import { addDays, todayIn } from "@/lib/calendar/days";
import { listGroupSessions } from "@/lib/server/group-sessions/list-group-sessions";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Group sessions" };

export default async function GroupSessionsPage() {
  const viewer = await requireViewer("groupSession.list");
  const list = await listGroupSessions(viewer);
  const today = todayIn(viewer.organization.timeZone);
  return (
    <>
      <PageHeader title="Group sessions" description="Several reps of a team coached together on the team's most common focus: one agenda, shared notes, a commitment for each rep." />
      <div className="flex flex-col gap-6">
        {can(viewer, "groupSession.run") && list.teams.some((team) => team.reps.length >= 2) ? (
          <Card>
            <CardHeader>
              <CardTitle>Plan a group session</CardTitle>
              <CardDescription>The focus and agenda come from the team&apos;s most common focus and its coaching questions.</CardDescription>
            </CardHeader>
            <CardContent>
              <CreateGroupSessionForm teams={list.teams.filter((team) => team.reps.length >= 2)} defaultWhen={`${addDays(today, 1)}T10:00`} minWhen={`${today}T00:00`} timeZone={viewer.organization.timeZone} />
            </CardContent>
          </Card>
        ) : null}
        {list.sessions.length === 0 ? (
          <EmptyState title="No group sessions yet">{can(viewer, "groupSession.run") ? "Plan one above." : "Sessions you attend will show up here."}</EmptyState>
        ) : (
          <Table aria-label="Group sessions">
            <thead>
              <tr>
                <Th>When</Th>
                <Th>Focus</Th>
                <Th className="text-right">Reps</Th>
                <Th>Status</Th>
              </tr>
            </thead>
            <tbody>
              {list.sessions.map((session) => (
                <tr key={session.id}>
                  <RowTh>
                    <Link href={`/group-sessions/${session.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {session.scheduledLabel}
                    </Link>
                  </RowTh>
                  <Td>{session.focusLabel}</Td>
                  <Td className="text-right tabular-nums">{session.attendees}</Td>
                  <Td>
                    <GroupSessionStatusBadge status={session.status} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </div>
    </>
  );
}
