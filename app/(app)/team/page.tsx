import Link from "next/link";
import { redirect } from "next/navigation";
import { repScope } from "@/lib/access/policy";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { MyCommitmentsCard } from "@/components/commitments/my-commitments-card";
import { listMyCommitments } from "@/lib/server/commitments/list-my-commitments";
import { listVisibleTeams } from "@/lib/server/teams/list-visible-teams";
import { requireViewer } from "@/lib/server/viewer/get-viewer";
import { formatCount } from "@/lib/format";

export const metadata = { title: "Teams" };

export default async function TeamsPage() {
  const viewer = await requireViewer("team.view");
  const teams = await listVisibleTeams(viewer);
  // A manager with one team goes straight to its dashboard.
  if (repScope(viewer) === "teams" && teams.length === 1 && teams[0]) redirect(`/team/${teams[0].id}`);
  // This list is the home of a manager with several teams (or none yet), so their own commitments show here too.
  const myCommitments = repScope(viewer) === "teams" ? await listMyCommitments(viewer) : null;
  return (
    <>
      <PageHeader title="Teams" description="Open a team's dashboard to see each rep's coaching priority." />
      {myCommitments ? (
        <div className="mb-6">
          <MyCommitmentsCard commitments={myCommitments} />
        </div>
      ) : null}
      {teams.length === 0 ? (
        <EmptyState title="No teams yet">An administrator can create teams under Settings.</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {teams.map((team) => (
            <li key={team.id}>
              <Card>
                <CardContent>
                  <Link href={`/team/${team.id}`} className="text-base font-semibold text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                    {team.name}
                  </Link>
                  <p className="mt-1 text-sm text-slate-600">
                    {team.manager ? `Managed by ${team.manager.name}` : "No manager"} · {formatCount(team._count.members, "rep")}
                  </p>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
