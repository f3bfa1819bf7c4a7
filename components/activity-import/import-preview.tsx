import { Table, Td, Th } from "@/components/ui/table";
import { REVENUE_STAGE } from "@/lib/import/types";
import { formatCount } from "@/lib/format";

export interface RowProblem {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportTotals {
  reps: number;
  days: number;
  rows: number;
  sourceRecords: number;
  /** Revenue in the currency's major units. */
  perStage: Record<string, number>;
}

function stageTotal(stage: string, value: number, currency: string): string {
  if (stage === REVENUE_STAGE) return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(value);
  return value.toLocaleString("en-US");
}

export function ImportTotalsTable({ totals, stages, currency }: { totals: ImportTotals; stages: { key: string; label: string }[]; currency: string }) {
  const rows = [...stages, { key: REVENUE_STAGE, label: "Revenue won" }].filter((stage) => totals.perStage[stage.key] !== undefined);
  return (
    <div className="flex flex-col gap-3" data-testid="import-totals">
      <p className="text-sm text-slate-800">
        {formatCount(totals.sourceRecords, "data row")} read: <strong>{formatCount(totals.rows, "value")}</strong> to write for{" "}
        <strong>{formatCount(totals.reps, "rep")}</strong> over <strong>{formatCount(totals.days, "day")}</strong>.
      </p>
      {rows.length ? (
        <Table className="max-w-md">
          <caption className="sr-only">Totals to be written per stage</caption>
          <thead>
            <tr>
              <Th>Stage</Th>
              <Th className="text-right">Total</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((stage) => (
              <tr key={stage.key}>
                <Td>{stage.label}</Td>
                <Td className="text-right tabular-nums">{stageTotal(stage.key, totals.perStage[stage.key] ?? 0, currency)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </div>
  );
}

export function ImportRecordsTable({ header, records }: { header: string[]; records: string[][] }) {
  if (records.length === 0) return null;
  return (
    <Table>
      <caption className="px-3 pb-2 text-left text-sm font-medium text-slate-800">The first {formatCount(records.length, "row")} of the file, as read</caption>
      <thead>
        <tr>
          {header.map((name, index) => (
            <Th key={`${index}-${name}`}>{name}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {records.map((record, index) => (
          <tr key={index}>
            {header.map((_, cell) => (
              <Td key={cell}>{record[cell] ?? ""}</Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function ImportErrorsTable({ errors }: { errors: RowProblem[] }) {
  return (
    <Table data-testid="import-errors">
      <caption className="px-3 pb-2 text-left text-sm font-semibold text-red-800">
        {formatCount(errors.length, "problem")}: nothing is imported until every row is right
      </caption>
      <thead>
        <tr>
          <Th>Row</Th>
          <Th>Column</Th>
          <Th>Problem</Th>
        </tr>
      </thead>
      <tbody>
        {errors.map((error, index) => (
          <tr key={index}>
            <Td className="tabular-nums">{error.row}</Td>
            <Td>{error.column ?? "—"}</Td>
            <Td>{error.message}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
