import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { CADENCE_LABEL } from "@/components/one-on-ones/labels";
import { CapacityForm } from "@/components/coaching-time/capacity-form";
import { formatMoneyCompact } from "@/lib/format";
import type { CoachingTimePlanView } from "@/lib/server/coaching-time/get-coaching-time-plan";

const minutesText = (minutes: number) => `${minutes} min`;

/** "Coaching time this week": the manager's capacity shared by stake × confidence, with cadence suggestions. */
export function CoachingTimeCard({ plan }: { plan: CoachingTimePlanView }) {
  const { rules } = plan;
  return (
    <Card data-testid="coaching-time">
      <CardHeader>
        <CardTitle>Coaching time this week</CardTitle>
        <CardDescription>
          {plan.capacityMinutes === null
            ? "No weekly coaching capacity is set yet: once it is, the minutes are shared out here by what each rep's focus puts at stake."
            : `${plan.capacityMinutes} minutes a week, shared by the revenue each rep's focus puts at stake × how confident the gap is. Reps new to the team (under ${rules.newRepDays} days) get at least ${rules.newRepFloorMinutes} minutes.`}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {plan.shortfallMinutes !== null && plan.shortfallMinutes > 0 ? (
          <Alert tone="warning" data-testid="coaching-time-shortfall">
            The team needs about {plan.neededMinutes} minutes this week (a {rules.sessionMinutes}-minute session for each rep with a focus and for each new rep), {plan.shortfallMinutes}{" "}
            more than your capacity.{" "}
            {plan.floorsUncovered ? "Even the new reps' floors do not fit: they share the time and the others get none." : "The smallest stakes get less time."}
          </Alert>
        ) : null}
        <Table aria-label="Proposed coaching minutes per rep">
          <thead>
            <tr>
              <Th>Rep</Th>
              <Th>Focus</Th>
              <Th className="text-right">At stake × confidence</Th>
              <Th className="text-right">Minutes</Th>
              <Th>Suggested cadence</Th>
            </tr>
          </thead>
          {/* Every body cell's border, padding and alignment, set once here rather than on each cell (issue #21: bytes rendered per request). */}
          <tbody className="*:*:border-b *:*:border-slate-100 *:*:px-3 *:*:py-2 *:*:align-top">
            {plan.rows.map((row) => (
              <tr key={row.repId}>
                <th scope="row" className="text-left font-medium">
                  <Link href={`/reps/${row.repId}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {row.name}
                  </Link>
                  {row.isNew ? (
                    <Badge tone="info" className="ml-2">
                      New
                    </Badge>
                  ) : null}
                </th>
                <td>{row.focusLabel ?? "No focus"}</td>
                <td className="text-right tabular-nums">{row.stakeTimesConfidenceMinor > 0 ? formatMoneyCompact(row.stakeTimesConfidenceMinor, plan.currency) : "—"}</td>
                <td className="text-right tabular-nums">{plan.capacityMinutes === null ? "—" : minutesText(row.minutes)}</td>
                <td>
                  {plan.capacityMinutes === null ? "—" : CADENCE_LABEL[row.suggestedCadence]}
                  {plan.capacityMinutes !== null && row.suggestedCadence !== row.currentCadence ? <span className="block text-xs text-slate-600">{`now ${CADENCE_LABEL[row.currentCadence].toLowerCase()}`}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        <p className="text-xs text-slate-600">
          Suggested cadence: a week&apos;s share of at least {rules.sessionMinutes} minutes pays for a weekly session, half of it for one every two weeks, less for a monthly one.
        </p>
        {plan.canSetCapacity ? <CapacityForm current={plan.capacityMinutes} /> : null}
      </CardContent>
    </Card>
  );
}
