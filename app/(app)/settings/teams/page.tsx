import type { Metadata } from "next";
import { SettingsBreadcrumb } from "@/components/settings/settings-breadcrumb";
import { CreateTeamForm, RenameTeamForm, TeamManagerForm, TeamRegionForm } from "@/components/settings/team-forms";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getTeamDirectory } from "@/lib/server/teams/get-team-directory";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const viewer = await requireViewer("organization.admin");
  const { teams, managers, regions } = await getTeamDirectory(viewer);
  return (
    <>
      <SettingsBreadcrumb current="Teams" />
      <PageHeader title="Teams" description="Each team has one sales manager, who sees its reps and runs their one-on-ones, and may belong to a region, which the organization view subtotals. Reps are put on a team on the Users page." />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Create a team</CardTitle>
          </CardHeader>
          <CardContent>
            <CreateTeamForm managers={managers} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Teams</CardTitle>
            <CardDescription>Only active sales managers can run a team. A new manager sees the team on their next page load.</CardDescription>
          </CardHeader>
          <CardContent className="px-2">
            {teams.length ? (
              <Table aria-label="Teams">
                <thead>
                  <tr>
                    <Th>Name</Th>
                    <Th>Manager</Th>
                    <Th>Region</Th>
                    <Th>Active reps</Th>
                  </tr>
                </thead>
                <tbody>
                  {teams.map((team) => (
                    <tr key={team.id}>
                      <Td>
                        <RenameTeamForm team={{ id: team.id, name: team.name }} />
                      </Td>
                      <Td>
                        <TeamManagerForm team={{ id: team.id, name: team.name }} managerId={team.manager?.active ? team.manager.id : null} managers={managers} />
                        {team.manager && !team.manager.active ? <p className="mt-1 text-xs text-amber-800">{team.manager.name} is deactivated; choose another manager.</p> : null}
                      </Td>
                      <Td>
                        <TeamRegionForm team={{ id: team.id, name: team.name }} region={team.region} regions={regions} />
                      </Td>
                      <Td>{team.repCount}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            ) : (
              <EmptyState title="No teams yet">Create the first team above.</EmptyState>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
