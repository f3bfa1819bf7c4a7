import type { Metadata } from "next";
import Link from "next/link";
import { AddUserForm } from "@/components/settings/add-user-form";
import { InvitationControls, InviteExistingUserButton } from "@/components/settings/invitation-controls";
import { InviteUserForm } from "@/components/settings/invite-user-form";
import { SettingsBreadcrumb } from "@/components/settings/settings-breadcrumb";
import { UserEmailForm, UserRoleForm, UserStatusControl, UserTeamForm } from "@/components/settings/user-controls";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { listPendingInvitations } from "@/lib/server/invitations/list-pending-invitations";
import { emailMode } from "@/lib/server/mail/send-mail";
import { getUserDirectory } from "@/lib/server/users/get-user-directory";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const viewer = await requireViewer("organization.admin");
  const [directory, invitations] = await Promise.all([getUserDirectory(viewer), listPendingInvitations(viewer)]);
  const emailOff = emailMode() === "off";
  const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: viewer.organization.timeZone });
  return (
    <>
      <SettingsBreadcrumb current="Users" />
      <PageHeader
        title="Users"
        description="Add people, set their role and team, and deactivate those who leave. Deactivating signs a person out at once and keeps their history; a role change signs them out so the new rights apply immediately."
        actions={
          <Link href="/settings/users/import" className={buttonVariants({ variant: "secondary" })}>
            Import people
          </Link>
        }
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Invite a person</CardTitle>
            <CardDescription>
              {emailOff
                ? "Email is off on this server (no SMTP_URL): after inviting, copy their link below and send it yourself."
                : "They get an email with a link to set their password; it works once and expires in 7 days."}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <InviteUserForm teams={directory.teams} emailOff={emailOff} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Pending invitations</CardTitle>
            <CardDescription>Invited people who have not set their password yet. Resending or getting a new link makes the previous one stop working.</CardDescription>
          </CardHeader>
          <CardContent className="px-2">
            {invitations.length === 0 ? (
              <p className="px-4 text-sm text-slate-600">No pending invitations.</p>
            ) : (
              <Table aria-label="Pending invitations">
                <thead>
                  <tr>
                    <Th>Name</Th>
                    <Th>Role</Th>
                    <Th>Status</Th>
                    <Th>Actions</Th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((invitation) => (
                    <tr key={invitation.id} data-testid={`invitation-${invitation.email}`}>
                      <Td>
                        <div className="font-medium text-slate-900">{invitation.name}</div>
                        <div className="text-xs text-slate-600">{invitation.email}</div>
                      </Td>
                      <Td>{ROLE_LABEL[invitation.role]}</Td>
                      <Td>
                        <div className="flex flex-col items-start gap-1">
                          {invitation.expired ? <Badge tone="bad">Expired</Badge> : invitation.sentAt ? <Badge tone="info">Sent</Badge> : <Badge tone="warn">{emailOff ? "Link not sent" : "Queued"}</Badge>}
                          <span className="text-xs text-slate-600">
                            {invitation.expired ? "Expired" : "Expires"} {dateTime.format(invitation.expiresAt)}
                          </span>
                        </div>
                      </Td>
                      <Td>
                        <InvitationControls invitation={{ id: invitation.id, name: invitation.name }} emailOff={emailOff} />
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Add a user with a password</CardTitle>
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
                    <tr key={user.id} data-testid={`user-${user.email ?? user.id}`}>
                      <Td>
                        <div className="font-medium text-slate-900">
                          {user.name}
                          {isViewer ? <span className="ml-2 text-xs font-normal text-slate-600">(you)</span> : null}
                        </div>
                        {user.email ? <div className="text-xs text-slate-600">{user.email}</div> : <UserEmailForm user={{ id: user.id, name: user.name }} />}
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
                          {!user.active ? (
                            <Badge>Deactivated{user.deactivatedOn ? ` ${user.deactivatedOn}` : ""}</Badge>
                          ) : user.hasPassword ? (
                            <Badge tone="good">Active</Badge>
                          ) : user.invited ? (
                            <Badge tone="info">Invited</Badge>
                          ) : !user.email ? (
                            <Badge tone="warn">No email yet</Badge>
                          ) : (
                            <>
                              <Badge tone="warn">No password yet</Badge>
                              <InviteExistingUserButton user={{ id: user.id, name: user.name }} />
                            </>
                          )}
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
