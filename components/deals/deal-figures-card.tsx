import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { DealFigures } from "@/lib/coaching/deal-figures";
import { formatMoney } from "@/lib/format";

export interface DealFiguresRow {
  id: string;
  name: string;
  href?: string;
  figures: DealFigures;
}

/** The page's period: the deal figures follow the one period picker at the top of the screen. */
export interface DealPeriodView {
  from: string;
  to: string;
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

/** Deal figures from the CRM: win rate, deal size, revenue, sales cycle, opened and open, per person or team, each with its sample size. */
export function DealFiguresCard({
  title,
  rows,
  totals,
  totalsLabel = "Total",
  currency,
  period,
  rowHeader = "Rep",
}: {
  title: string;
  rows: DealFiguresRow[];
  totals?: DealFigures;
  totalsLabel?: string;
  currency: string;
  period: DealPeriodView;
  rowHeader?: string;
}) {
  return (
    <Card data-testid="deal-figures">
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>
          From CRM deals, {period.from} to {period.to}: won and lost count deals closed in the period; win rate is won of closed; deal size and the median sales cycle (created to close)
          are over the deals won.
        </CardDescription>
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
