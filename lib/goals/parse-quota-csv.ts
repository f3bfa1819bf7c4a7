// The quota CSV (header rep_email, period, amount): text in, validated quotas out, with every
// problem as { row, column, message }. Pure: the caller loads the reps and writes the quotas
// (all or nothing) only when `ok`.
import type { Period } from "@/lib/calendar/periods";
import { parsePeriodInRange } from "@/lib/goals/periods";
import { readCsvTable } from "@/lib/import/csv-table";
import { displayValue, ImportErrorList } from "@/lib/import/error-list";
import { parseAmountMinor } from "@/lib/import/quantities";
import type { ImportError } from "@/lib/import/types";

export const QUOTA_CSV_COLUMNS = ["rep_email", "period", "amount"] as const;
export const MAX_QUOTA_ROWS = 20_000;

export interface QuotaCsvRow {
  /** Line of the record in the file (the header is row 1). */
  row: number;
  repId: string;
  period: Period;
  amountMinor: number;
}

export interface QuotaCsvContext {
  /** Reps the importer may set quotas for, keyed by lower-cased email. */
  reps: ReadonlyMap<string, { id: string; active: boolean }>;
  fiscalYearStartMonth: number;
  currencyMinorDigits: number;
  maxRows?: number;
}

export type QuotaCsvResult = { ok: true; rows: QuotaCsvRow[]; errors: [] } | { ok: false; rows: []; errors: ImportError[] };

const fail = (errors: ImportError[]): QuotaCsvResult => ({ ok: false, rows: [], errors });

export function parseQuotaCsv(text: string, context: QuotaCsvContext): QuotaCsvResult {
  const table = readCsvTable(typeof text === "string" ? text : "");
  if (!table.ok) return fail([{ row: 1, column: null, message: table.message }]);
  const positions = new Map<string, number>();
  table.header.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    if (key && !positions.has(key)) positions.set(key, index);
  });
  const missing = QUOTA_CSV_COLUMNS.filter((column) => !positions.has(column));
  if (missing.length) {
    return fail(missing.map((column) => ({ row: 1, column, message: `the header has no '${column}' column (expected ${QUOTA_CSV_COLUMNS.join(", ")})` })));
  }
  const maxRows = context.maxRows ?? MAX_QUOTA_ROWS;
  if (table.records.length > maxRows) {
    return fail([
      {
        row: 1,
        column: null,
        message: `the file has ${table.records.length.toLocaleString("en-US")} data rows; the limit is ${maxRows.toLocaleString("en-US")}`,
      },
    ]);
  }
  if (table.records.length === 0 && !table.unreadable) return fail([{ row: 1, column: null, message: "the file has a header but no data rows" }]);

  const column = (name: (typeof QUOTA_CSV_COLUMNS)[number]) => positions.get(name) ?? -1;
  const errors = new ImportErrorList();
  const rows: QuotaCsvRow[] = [];
  const seen = new Map<string, number>();
  for (const record of table.records) {
    const cell = (name: (typeof QUOTA_CSV_COLUMNS)[number]) => (record.fields[column(name)] ?? "").trim();
    const email = cell("rep_email").toLowerCase();
    const periodKey = cell("period");
    const rep = email ? context.reps.get(email) : undefined;
    let ok = true;
    if (!email) {
      errors.add(record.line, "rep_email", "rep_email is empty");
      ok = false;
    } else if (!rep) {
      errors.add(record.line, "rep_email", `unknown rep '${displayValue(email)}' (not a rep of this organization)`);
      ok = false;
    } else if (!rep.active) {
      errors.add(record.line, "rep_email", `rep '${displayValue(email)}' is deactivated`);
      ok = false;
    }
    const period = periodKey ? parsePeriodInRange(periodKey, context.fiscalYearStartMonth) : null;
    if (!period) {
      errors.add(
        record.line,
        "period",
        periodKey ? `period '${displayValue(periodKey)}' is not a fiscal quarter like 2026-Q3 or a month like 2026-07` : "period is empty",
      );
      ok = false;
    }
    const amount = parseAmountMinor(cell("amount"), context.currencyMinorDigits);
    if (!amount.ok) {
      errors.add(record.line, "amount", amount.message);
      ok = false;
    }
    if (rep && period) {
      const key = `${rep.id}|${period.key}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        errors.add(record.line, null, `duplicates row ${earlier} (same rep_email and period)`);
        ok = false;
      } else seen.set(key, record.line);
    }
    if (ok && rep && period && amount.ok) rows.push({ row: record.line, repId: rep.id, period, amountMinor: amount.value });
  }
  if (table.unreadable) errors.add(table.unreadable.line, null, table.unreadable.message);
  return errors.count > 0 ? fail(errors.toArray()) : { ok: true, rows, errors: [] };
}
