import { formatMoneyCompact } from "@/lib/format";
import { LazyQuarterlyRevenuePlot } from "@/components/charts/lazy-plot";

/** Revenue per fiscal quarter, one bar per team. */
export function QuarterlyRevenueChart({
  quarters,
  teams,
  currency,
}: {
  quarters: string[];
  teams: { name: string; trend: { quarter: string; revenueMinor: number }[] }[];
  currency: string;
}) {
  const money = (minor: number) => formatMoneyCompact(minor, currency);
  const data = quarters.map((quarter) =>
    Object.fromEntries([["quarter", quarter], ...teams.map((team) => [team.name, team.trend.find((point) => point.quarter === quarter)?.revenueMinor ?? 0])]),
  );
  return (
    <figure>
      <div className="h-72 w-full" aria-hidden="true">
        <LazyQuarterlyRevenuePlot data={data} teamNames={teams.map((team) => team.name)} currency={currency} />
      </div>
      <div className="sr-only">
        <table>
          <caption>Revenue won per quarter and team</caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              {quarters.map((quarter) => (
                <th key={quarter} scope="col">
                  {quarter}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.name}>
                <th scope="row">{team.name}</th>
                {quarters.map((quarter) => (
                  <td key={quarter}>{money(team.trend.find((point) => point.quarter === quarter)?.revenueMinor ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
