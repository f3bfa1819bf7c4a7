import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import type { DealFigures } from "@/lib/coaching/deal-figures";
import { formatMoney } from "@/lib/format";

export interface DealFiguresRow {
  id: string;
  name: string;
  href?: string;
  figures: DealFigures;
}

export interface DealPeriodView {
  from: string;
  to: string;
  quarter: string | null;
  label: string;
  quarters: { key: string; from: string; to: string }[];
}

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** "45 % (9 of 20)": a rate always with the sample behind it. */
function WinRate({ figures }: { figures: DealFigures }) {
  if (figures.winRate === null) return <span className="text-slate-500">none closed</span>;
  return (
    <span>
      {percent(figures.winRate)} <span className="text-slate-500">({figures.won} of {figures.closed})</span>
    </span>
  );
}

function FigureCells({ figures, currency }: { figures: DealFigures; currency: string }) {
  return (
    <>
      <Td>
        <WinRate figures={figures} />
      </Td>
      <Td>
        {figures.averageDealSizeMinor === null ? (
          <span className="text-slate-500">—</span>
        ) : (
          <span>
            {formatMoney(figures.averageDealSizeMinor, currency)} <span className="text-slate-500">(n={figures.won})</span>
          </span>
        )}
      </Td>
      <Td>{formatMoney(figures.revenueMinor, currency)}</Td>
      <Td>{figures.medianCycleDays === null ? <span className="text-slate-500">—</span> : `${figures.medianCycleDays} d`}</Td>
      <Td>{figures.opened}</Td>
      <Td>{figures.open}</Td>
    </>
  );
}

/** Links that keep the page's other query parameters and set `deals` (a fiscal quarter) or clear it. */
function DealPeriodSelector({ basePath, query, period }: { basePath: string; query: Record<string, string>; period: DealPeriodView }) {
  const href = (quarter: string | null) => {
    const params = new URLSearchParams(query);
    if (quarter) params.set("deals", quarter);
    else params.delete("deals");
    const text = params.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  const options = [{ key: null as string | null, label: "90 days to today" }, ...period.quarters.map((quarter) => ({ key: quarter.key, label: quarter.key }))];
  return (
    <nav aria-label="Deal period">
      <ul className="flex flex-wrap gap-1">
        {options.map((option) => {
          const current = option.key === period.quarter;
          return (
            <li key={option.key ?? "default"}>
              <Link href={href(option.key)} aria-current={current ? "page" : undefined} className={cn("block rounded-md border px-2 py-1 text-xs", current ? "border-brand-600 bg-brand-600 text-white" : "border-slate-200 text-slate-700 hover:bg-slate-100")}>
                {option.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Deal figures from the CRM: win rate, deal size, revenue, sales cycle, opened and open, per person or team, each with its sample size. */
export function DealFiguresCard({
  title,
  rows,
  totals,
  totalsLabel = "Total",
  currency,
  period,
  basePath,
  query,
  rowHeader = "Rep",
}: {
  title: string;
  rows: DealFiguresRow[];
  totals?: DealFigures;
  totalsLabel?: string;
  currency: string;
  period: DealPeriodView;
  basePath: string;
  query: Record<string, string>;
  rowHeader?: string;
}) {
  return (
    <Card data-testid="deal-figures">
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>
          From CRM deals, {period.label} ({period.from} to {period.to}): won and lost count deals closed in the period; win rate is won of closed; deal size and the median sales cycle (created to close)
          are over the deals won.
        </CardDescription>
        <DealPeriodSelector basePath={basePath} query={query} period={period} />
      </CardHeader>
      <CardContent className="px-2">
        <Table>
          <thead>
            <tr>
              <Th>{rowHeader}</Th>
              <Th>Win rate</Th>
              <Th>Average deal size</Th>
              <Th>Revenue</Th>
              <Th>Median cycle</Th>
              <Th>Opened</Th>
              <Th>Open at end</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid={`deal-row-${row.id}`}>
                <Td>{row.href ? <Link href={row.href}>{row.name}</Link> : row.name}</Td>
                <FigureCells figures={row.figures} currency={currency} />
              </tr>
            ))}
            {totals && (
              <tr className="font-semibold" data-testid="deal-row-total">
                <Td>{totalsLabel}</Td>
                <FigureCells figures={totals} currency={currency} />
              </tr>
            )}
          </tbody>
        </Table>
      </CardContent>
    </Card>
  );
}
