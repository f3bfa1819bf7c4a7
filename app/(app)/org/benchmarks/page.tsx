import type { Metadata } from "next";
import { BenchmarkForm, RetractBenchmarkButton } from "@/components/benchmarks/benchmark-form";
import { RowTh, Table, Td, Th } from "@/components/ui/table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatCount, formatDate, formatLeverValue } from "@/lib/format";
import { getBenchmarkBoard } from "@/lib/server/benchmarks/get-benchmark-board";
import { requireViewer } from "@/lib/server/viewer/get-viewer";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { Alert } from "@/components/ui/alert";
import { parseScreenPeriod } from "@/lib/validation/period";

export const metadata: Metadata = { title: "Benchmarks" };

const SOURCE = { team: "team", organization: "organization", team_top_quartile: "top quartile (no benchmark set)" } as const;
type Kind = "volume" | "ratio" | "deal_size";

export default async function BenchmarksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("benchmark.view");
  // The suggestion can come from any period of the organization's own history.
  const { request: period, problem } = parseScreenPeriod(await searchParams);
  const board = await getBenchmarkBoard(viewer, period);
  const { currency } = board;
  const kindOf = (lever: string) => (board.levers.find((entry) => entry.key === lever)?.kind ?? "ratio") as Kind;
  return (
    <>
      <PageHeader
        title="Benchmarks"
        description="The target for each lever. A team without its own benchmark uses the organization's; without either, its top quartile stands in and is labelled so."
        actions={<PeriodPicker basePath="/org/benchmarks" period={board.window} />}
      />
      {problem ? (
        <Alert tone="warning" className="mb-4">
          {problem}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Set a benchmark</CardTitle>
          </CardHeader>
          <CardContent>
            <BenchmarkForm
              levers={board.levers}
              teams={board.teams.map((team) => ({ id: team.id, name: team.name }))}
              today={board.today}
              currency={currency}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>In force today</CardTitle>
            <CardDescription data-testid="suggestion-period">
              Suggestion: the organization&apos;s top quartile of reps with enough data over {board.window.kind === "window" ? board.window.label.toLowerCase() : board.window.label} ({board.window.from} to{" "}
              {board.window.to}), with how many reps it rests on. Team values are over the same period.
            </CardDescription>
          </CardHeader>
          <CardContent className="overflow-x-auto px-2">
            <Table>
              <thead>
                <tr className="text-left text-slate-700">
                  <Th>Lever</Th>
                  <Th>Organization</Th>
                  <Th>Suggestion</Th>
                  {board.teams.map((team) => (
                    <Th key={team.id}>{team.name}</Th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {board.levers.map((lever) => {
                  const organization = board.organization.find((entry) => entry.lever === lever.key)?.benchmark ?? null;
                  const suggestion = board.suggestions.find((entry) => entry.lever === lever.key);
                  return (
                    <tr key={lever.key} className="border-t border-slate-100" data-testid={`benchmark-${lever.key}`}>
                      <RowTh>{lever.label}</RowTh>
                      <Td>{formatLeverValue(lever.kind as Kind, organization?.value ?? null, currency)}</Td>
                      <Td>
                        {formatLeverValue(lever.kind as Kind, suggestion?.value ?? null, currency)}
                        <div className="text-xs text-slate-600">n = {formatCount(suggestion?.sampleSize ?? 0, "rep")}</div>
                      </Td>
                      {board.teams.map((team) => {
                        const cell = team.levers.find((entry) => entry.lever === lever.key);
                        return (
                          <Td key={team.id}>
                            {formatLeverValue(lever.kind as Kind, cell?.benchmark?.value ?? null, currency)}
                            <div className="text-xs text-slate-600">{cell?.benchmark ? SOURCE[cell.benchmark.source] : "none"}</div>
                            <div className="text-xs text-slate-600">team now {formatLeverValue(lever.kind as Kind, cell?.value ?? null, currency)}</div>
                          </Td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>History</CardTitle>
            <CardDescription>
              A new benchmark supersedes the one before it from its date on. Retract one set by mistake: it stays here, marked, and stops counting.
            </CardDescription>
          </CardHeader>
          <CardContent className="overflow-x-auto">
            <Table>
              <caption className="sr-only">Every benchmark set, newest first; a retracted one no longer counts</caption>
              <thead>
                <tr>
                  <Th>Effective from</Th>
                  <Th>Scope</Th>
                  <Th>Lever</Th>
                  <Th>Value</Th>
                  <Th>Set on</Th>
                  <Th>Status</Th>
                </tr>
              </thead>
              <tbody>
                {board.history.map((row) => {
                  const lever = board.levers.find((entry) => entry.key === row.lever)?.label ?? row.lever;
                  const value = formatLeverValue(kindOf(row.lever), row.value, currency);
                  return (
                    <tr key={row.id} className={row.retracted ? "text-slate-500" : undefined} data-testid="benchmark-history-row">
                      <Td>{formatDate(row.effectiveFrom, { withYear: true })}</Td>
                      <Td>{row.scope}</Td>
                      <Td>{lever}</Td>
                      <Td className={row.retracted ? "line-through" : undefined}>{value}</Td>
                      <Td>{formatDate(row.setOn, { withYear: true })}</Td>
                      <Td>
                        {row.retracted ? (
                          <span>
                            Retracted {formatDate(row.retracted.on, { withYear: true })} by {row.retracted.by}
                          </span>
                        ) : (
                          <RetractBenchmarkButton
                            benchmarkId={row.id}
                            description={`${lever} ${value} for ${row.scope} from ${formatDate(row.effectiveFrom, { withYear: true })}`}
                          />
                        )}
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
