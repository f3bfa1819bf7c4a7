import type { Metadata } from "next";
import Link from "next/link";
import { AddUserForm } from "@/components/settings/add-user-form";
import { SettingsBreadcrumb } from "@/components/settings/settings-breadcrumb";
import { UserRoleForm, UserStatusControl, UserTeamForm } from "@/components/settings/user-controls";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { getUserDirectory } from "@/lib/server/users/get-user-directory";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const viewer = await requireViewer(["ADMIN"]);
  const directory = await getUserDirectory(viewer);
  return (
    <>
      <SettingsBreadcrumb current="Users" />
      <PageHeader
        title="Users"
        description="Add people, set their role and team, and deactivate those who leave. Deactivating signs a person out at once and keeps their history; a role change signs them out so the new rights apply immediately."
        actions={
          <Button asChild variant="secondary">
            <Link href="/settings/users/import">Import people</Link>
          </Button>
        }
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Add a user</CardTitle>
            <CardDescription>They sign in with their email and the initial password you set here.</CardDescription>
          </CardHeader>
          <CardContent>
            <AddUserForm teams={directory.teams} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>People</CardTitle>
            <CardDescription>Moving a rep to another team keeps their activity and their team history with them.</CardDescription>
          </CardHeader>
          <CardContent className="px-2">
            <Table aria-label="People">
              <thead>
                <tr>
                  <Th>Name</Th>
                  <Th>Role</Th>
                  <Th>Team</Th>
                  <Th>Status</Th>
                </tr>
              </thead>
              <tbody>
                {directory.users.map((user) => {
                  const isViewer = user.id === directory.viewerId;
                  return (
                    <tr key={user.id} data-testid={`user-${user.email}`}>
                      <Td>
                        <div className="font-medium text-slate-900">
                          {user.name}
                          {isViewer ? <span className="ml-2 text-xs font-normal text-slate-600">(you)</span> : null}
                        </div>
                        <div className="text-xs text-slate-600">{user.email}</div>
                      </Td>
                      <Td>{isViewer ? ROLE_LABEL[user.role] : <UserRoleForm user={{ id: user.id, name: user.name }} role={user.role} />}</Td>
                      <Td>
                        {user.role === "REP" ? (
                          <UserTeamForm user={{ id: user.id, name: user.name }} teamId={user.team?.id ?? null} teams={directory.teams} />
                        ) : user.managedTeams.length ? (
                          <span className="text-sm">Manages {user.managedTeams.join(", ")}</span>
                        ) : (
                          <span className="text-slate-600">—</span>
                        )}
                      </Td>
                      <Td>
                        <div className="flex flex-col items-start gap-2">
                          {user.active ? <Badge tone="good">Active</Badge> : <Badge>Deactivated{user.deactivatedOn ? ` ${user.deactivatedOn}` : ""}</Badge>}
                          {isViewer ? null : <UserStatusControl user={{ id: user.id, name: user.name }} active={user.active} />}
                        </div>
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
