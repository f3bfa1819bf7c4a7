import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { formatCount, formatDate, formatMoneyCompact, formatPercent } from "@/lib/format";

// The shape of a stored digest (lib/server/digest/build-manager-digest.ts), restated because
// components never import lib/server.
export interface ManagerDigestViewProps {
  weekOf: string;
  window: { from: string; to: string; label: string };
  currency: string;
  focus: { repId: string; name: string; teamName: string; label: string; competency: string | null; liftRevenueMinor: number; confidence: number }[];
  overdueCommitments: { id: string; text: string; memberName: string; ownerName: string; dueOn: string; daysOverdue: number }[];
  outOfCadence: { repId: string; name: string; cadenceDays: number; daysSinceLast: number | null; lastOneOnOneOn: string | null; nextScheduledOn: string | null }[];
}

export function ManagerDigestView({ digest }: { digest: ManagerDigestViewProps }) {
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader>
          <CardTitle>Who to coach on what</CardTitle>
          <CardDescription>Each rep&apos;s coaching focus over the {digest.window.label.toLowerCase()} to {formatDate(digest.window.to)}, biggest revenue lift first.</CardDescription>
        </CardHeader>
        <CardContent>
          {digest.focus.length === 0 ? (
            <EmptyState title="No coaching focus this week">Every rep is at or above benchmark, or there is not enough data yet.</EmptyState>
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>Rep</Th>
                  <Th>Team</Th>
                  <Th>Focus</Th>
                  <Th>Revenue lift</Th>
                  <Th>Confidence</Th>
                </tr>
              </thead>
              <tbody>
                {digest.focus.map((rep) => (
                  <tr key={rep.repId}>
                    <Td>
                      <Link href={`/reps/${rep.repId}`} className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                        {rep.name}
                      </Link>
                    </Td>
                    <Td>{rep.teamName}</Td>
                    <Td>{rep.competency ? `${rep.competency} (${rep.label})` : rep.label}</Td>
                    <Td>{formatMoneyCompact(rep.liftRevenueMinor, digest.currency)}</Td>
                    <Td>{formatPercent(rep.confidence)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Overdue commitments</CardTitle>
          <CardDescription>Open commitments of your reps that were due before {formatDate(digest.weekOf)}.</CardDescription>
        </CardHeader>
        <CardContent>
          {digest.overdueCommitments.length === 0 ? (
            <EmptyState title="Nothing overdue" />
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>Commitment</Th>
                  <Th>Rep</Th>
                  <Th>Owner</Th>
                  <Th>Due</Th>
                  <Th>Days overdue</Th>
                </tr>
              </thead>
              <tbody>
                {digest.overdueCommitments.map((commitment) => (
                  <tr key={commitment.id}>
                    <Td className="max-w-md break-words">{commitment.text}</Td>
                    <Td>{commitment.memberName}</Td>
                    <Td>{commitment.ownerName}</Td>
                    <Td>{formatDate(commitment.dueOn)}</Td>
                    <Td>{commitment.daysOverdue}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>One-on-ones out of cadence</CardTitle>
          <CardDescription>Reps whose last one-on-one is further back than your cadence allows.</CardDescription>
        </CardHeader>
        <CardContent>
          {digest.outOfCadence.length === 0 ? (
            <EmptyState title="Every rep is within cadence" />
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>Rep</Th>
                  <Th>Last one-on-one</Th>
                  <Th>Days since</Th>
                  <Th>Cadence</Th>
                  <Th>Next scheduled</Th>
                </tr>
              </thead>
              <tbody>
                {digest.outOfCadence.map((rep) => (
                  <tr key={rep.repId}>
                    <Td>{rep.name}</Td>
                    <Td>{rep.lastOneOnOneOn ? formatDate(rep.lastOneOnOneOn) : "Never"}</Td>
                    <Td>{rep.daysSinceLast ?? "—"}</Td>
                    <Td>every {formatCount(rep.cadenceDays, "day")}</Td>
                    <Td>{rep.nextScheduledOn ? formatDate(rep.nextScheduledOn) : "Not scheduled"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
