"use client";
import { formatMoneyCompact } from "@/lib/format";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLORS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490"];

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
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="quarter" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={money} tick={{ fontSize: 12 }} width={64} />
            <Tooltip formatter={(value) => (typeof value === "number" ? money(value) : String(value))} />
            <Legend />
            {teams.map((team, index) => (
              <Bar isAnimationActive={false} key={team.name} dataKey={team.name} fill={COLORS[index % COLORS.length]} />
            ))}
          </BarChart>
        </ResponsiveContainer>
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
