import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime, formatMoney } from "@/lib/format";

export interface GoalChange {
  id: string;
  /** What the amount is for: the organization, a team or a rep. */
  scope: string;
  amountMinor: number;
  previousMinor: number | null;
  /** ISO timestamp. */
  setAt: string;
  setBy: string | null;
}

/**
 * Every change, newest first, with the amount it replaced: goals and quotas are rows, never edited
 * in place. Times read on the organization's clock, zone named, like the meetings' times.
 */
export function GoalHistoryTable({
  changes,
  currency,
  timeZone,
  scopeLabel,
  caption,
}: {
  changes: GoalChange[];
  currency: string;
  timeZone: string;
  scopeLabel: string;
  caption: string;
}) {
  if (changes.length === 0) return <p className="text-sm text-slate-600">No changes yet for this period.</p>;
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>When</Th>
          <Th>{scopeLabel}</Th>
          <Th>Amount</Th>
          <Th>Was</Th>
          <Th>Set by</Th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.id} data-testid="goal-change">
            <Td className="whitespace-nowrap">
              <time dateTime={change.setAt}>{formatDateTime(change.setAt, timeZone)}</time>
            </Td>
            <Td>{change.scope}</Td>
            <Td className="whitespace-nowrap">{formatMoney(change.amountMinor, currency)}</Td>
            <Td className="whitespace-nowrap text-slate-600">{change.previousMinor === null ? "—" : formatMoney(change.previousMinor, currency)}</Td>
            <Td>{change.setBy ?? "API token"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
