import { formatMoney } from "@/lib/format";

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

const WHEN = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** Every change, newest first, with the amount it replaced: goals and quotas are rows, never edited in place. */
export function GoalHistoryTable({ changes, currency, scopeLabel, caption }: { changes: GoalChange[]; currency: string; scopeLabel: string; caption: string }) {
  if (changes.length === 0) return <p className="text-sm text-slate-600">No changes yet for this period.</p>;
  return (
    <div className="w-full overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-left text-slate-700">
            <th scope="col" className="px-2 py-2">
              When
            </th>
            <th scope="col" className="px-2 py-2">
              {scopeLabel}
            </th>
            <th scope="col" className="px-2 py-2">
              Amount
            </th>
            <th scope="col" className="px-2 py-2">
              Was
            </th>
            <th scope="col" className="px-2 py-2">
              Set by
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.id} className="border-t border-slate-100" data-testid="goal-change">
              <td className="px-2 py-2 whitespace-nowrap">
                <time dateTime={change.setAt}>{WHEN.format(new Date(change.setAt))}</time>
              </td>
              <td className="px-2 py-2">{change.scope}</td>
              <td className="px-2 py-2 whitespace-nowrap">{formatMoney(change.amountMinor, currency)}</td>
              <td className="px-2 py-2 whitespace-nowrap text-slate-600">
                {change.previousMinor === null ? "—" : formatMoney(change.previousMinor, currency)}
              </td>
              <td className="px-2 py-2">{change.setBy ?? "API token"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
