// The one activity CSV parser behind the upload screen and POST /api/v1/activity/import: text in,
// validated rows per (rep, day, stage) out, with every problem as { row, column, message }.
// Pure: the caller loads stages and reps and writes the rows (all or nothing) only when `ok`.
import { readCsvTable, type CsvDelimiter, type CsvRecord } from "./csv-table";
import { isIsoDay, parseImportDate, type ParsedImportDate } from "./dates";
import { displayValue, ImportErrorList } from "./error-list";
import { parseAmountMinor, parseCount, type ParsedQuantity } from "./quantities";
import { normalizeHeaderName, resolveColumns, stageListText, type ColumnPlan, type ColumnRef } from "./resolve-columns";
import {
  DEFAULT_MAX_ROWS,
  DEFAULT_MIN_DATE,
  IGNORED_ACTIVITY,
  REVENUE_STAGE,
  type ColumnMapping,
  type ImportContext,
  type ImportResult,
  type ImportRow,
  type ImportSummary,
} from "./types";

const PREVIEW_RECORDS = 10;

type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

export function readCsvHeader(text: string): { header: string[]; delimiter: "," | ";" } | { error: string } {
  try {
    const table = readCsvTable(text, { headerOnly: true });
    return table.ok ? { header: table.header, delimiter: table.delimiter } : { error: table.message };
  } catch (error) {
    return { error: `the file could not be read (${error instanceof Error ? error.message : "unknown error"})` };
  }
}

export function parseActivityCsv(text: string, mapping: ColumnMapping, context: ImportContext): ImportResult {
  try {
    return parseOrReport(text, mapping, context);
  } catch (error) {
    // Bad input must come back as errors, never as a 500; reaching this is a bug in this module.
    const message = `internal error while reading the file (${error instanceof Error ? error.message : "unknown error"})`;
    return failure(",", { header: [], records: [] }, 0, [{ row: 1, column: null, message }]);
  }
}

function failure(delimiter: CsvDelimiter, preview: ImportResult["preview"], sourceRecords: number, errors: ImportResult["errors"]): ImportResult {
  return { ok: false, rows: [], errors, summary: summarize([], sourceRecords), preview, detectedDelimiter: delimiter };
}

function contextProblem(context: ImportContext): string | null {
  if (!isIsoDay(context.today)) return "context.today must be a YYYY-MM-DD date";
  if (context.minDate !== undefined && !isIsoDay(context.minDate)) return "context.minDate must be a YYYY-MM-DD date";
  const digits = context.currencyMinorDigits;
  if (digits !== undefined && !(Number.isInteger(digits) && digits >= 0 && digits <= 6)) {
    return "context.currencyMinorDigits must be a whole number from 0 to 6";
  }
  return null;
}

function parseOrReport(text: string, mapping: ColumnMapping, context: ImportContext): ImportResult {
  const table = readCsvTable(typeof text === "string" ? text : "");
  context.onPhaseDone?.("parse");
  const emptyPreview = { header: [], records: [] };
  if (!table.ok) return failure(table.delimiter, emptyPreview, 0, [{ row: 1, column: null, message: table.message }]);

  const { delimiter, header, records } = table;
  const preview = { header, records: records.slice(0, PREVIEW_RECORDS).map((record) => record.fields) };
  const sourceRecords = records.length;
  const headerError = (message: string) => failure(delimiter, preview, sourceRecords, [{ row: 1, column: null, message }]);

  const problem = contextProblem(context);
  if (problem) return headerError(`import context: ${problem}`);
  const maxRows = context.maxRows ?? DEFAULT_MAX_ROWS;
  if (sourceRecords > maxRows) {
    return headerError(
      `the file has ${sourceRecords.toLocaleString("en-US")} data rows; the limit is ${maxRows.toLocaleString("en-US")}, so split it into smaller files`,
    );
  }

  const columns = resolveColumns(header, mapping, context.stages);
  if (!columns.ok) {
    const headerErrors = columns.problems.map((entry) => ({ row: 1, ...entry }));
    return failure(delimiter, preview, sourceRecords, headerErrors);
  }
  if (sourceRecords === 0 && !table.unreadable) return headerError("the file has a header but no data rows");

  const errors = new ImportErrorList();
  const keys = new RowKeys(context);
  const totals = new ActivityTotals(keys.numeric);
  const reader = new RecordReader(columns.plan, mapping, context, errors, totals, keys);
  for (const record of records) reader.read(record);
  if (table.unreadable) errors.add(table.unreadable.line, null, table.unreadable.message);
  context.onPhaseDone?.("validate");

  if (errors.count > 0) return failure(delimiter, preview, sourceRecords, errors.toArray());
  const rows = totals.sortedRows(new Set([REVENUE_STAGE, ...context.stages.slice(-1)]));
  return { ok: true, rows, errors: [], summary: summarize(rows, sourceRecords), preview, detectedDelimiter: delimiter };
}

function summarize(rows: readonly ImportRow[], sourceRecords: number): ImportSummary {
  const reps = new Set<string>();
  const days = new Set<string>();
  const perStage = new Map<string, number>();
  for (const row of rows) {
    reps.add(row.repId);
    days.add(row.day);
    perStage.set(row.stage, (perStage.get(row.stage) ?? 0) + row.value);
  }
  // fromEntries defines own properties, so a stage key like "__proto__" cannot touch the prototype.
  return { reps: reps.size, days: days.size, rows: rows.length, perStage: Object.fromEntries(perStage), sourceRecords };
}

interface RowSource {
  line: number;
  column: string;
}

// Where each parsed row of revenue or deals won came from (its first record), for the errors that
// only the write can find (revenue on a day left without a deal won). Beside the rows, so the rows
// stay plain values; only those stages, as a weak map entry per row is costly for the GC.
const rowSources = new WeakMap<ImportRow, RowSource>();

/** The file line and column a parsed row of revenue or of the funnel's last stage came from. */
export function sourceOfRow(row: ImportRow): RowSource | undefined {
  return rowSources.get(row);
}

type RowKey = number | string;

// Days per year in a day's key: 12 months of 31, so a key sorts like the YYYY-MM-DD text it stands for.
const YEAR_SPAN = 12 * 31;

/**
 * Keys for (rep, day) and (rep, day, stage): numbers built from the rep's and the stage's rank in
 * code-unit order and the day's place in the accepted years, so they sort exactly like the
 * (rep id, day, stage) texts and hash as numbers (building and hashing a string key per row was
 * most of the validation's cost). Within V8's small integers for a thousand reps over decades,
 * so neither the maps nor the sort box a number per row. Text keys only for a funnel-and-roster
 * so large the numbers would not stay exact.
 */
class RowKeys {
  readonly numeric: boolean;
  private readonly repRank = new Map<string, number>();
  private readonly stageRank = new Map<string, number>();
  private readonly stageCount: number;
  // Every keyed day lies between the earliest date accepted and today (the reader refuses others).
  private readonly firstYear: number;
  private readonly daySpan: number;

  constructor(context: ImportContext) {
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const repIds = [...new Set([...context.reps.values()].map((rep) => rep.id))].sort(byText);
    repIds.forEach((id, rank) => this.repRank.set(id, rank));
    const stages = [...new Set([...context.stages, REVENUE_STAGE])].sort(byText);
    stages.forEach((stage, rank) => this.stageRank.set(stage, rank));
    this.stageCount = stages.length;
    this.firstYear = Number((context.minDate ?? DEFAULT_MIN_DATE).slice(0, 4));
    this.daySpan = Math.max(1, Number(context.today.slice(0, 4)) - this.firstYear + 1) * YEAR_SPAN;
    this.numeric = (repIds.length + 1) * this.daySpan * this.stageCount < Number.MAX_SAFE_INTEGER;
  }

  repDay(repId: string, day: string): RowKey {
    if (!this.numeric) return `${repId}\u0000${day}`;
    return this.repRank.get(repId)! * this.daySpan + this.dayNumber(day);
  }

  repDayStage(repId: string, day: string, stage: string): RowKey {
    if (!this.numeric) return `${repId}\u0000${day}\u0000${stage}`;
    return (this.repRank.get(repId)! * this.daySpan + this.dayNumber(day)) * this.stageCount + this.stageRank.get(stage)!;
  }

  /** YYYY-MM-DD as its place in the accepted years (31 days to every month: order, not a count of days). */
  private dayNumber(day: string): number {
    const year = (day.charCodeAt(0) - 48) * 1000 + (day.charCodeAt(1) - 48) * 100 + (day.charCodeAt(2) - 48) * 10 + (day.charCodeAt(3) - 48);
    const month = (day.charCodeAt(5) - 48) * 10 + (day.charCodeAt(6) - 48);
    return (year - this.firstYear) * YEAR_SPAN + (month - 1) * 31 + (day.charCodeAt(8) - 48) * 10 + (day.charCodeAt(9) - 48) - 1;
  }
}

interface TotalEntry {
  row: ImportRow;
  line: number;
  column: string;
}

/** Values summed per (rep, day, stage); long and wide files reach a key once (repeats are errors). */
class ActivityTotals {
  private readonly entries = new Map<RowKey, TotalEntry>();

  /** `numericKeys`: every key is a RowKeys number, which sorts like the rows' (rep, day, stage). */
  constructor(private readonly numericKeys: boolean) {}

  /** The line of the row that first gave `key`, if any. */
  firstLine(key: RowKey): number | undefined {
    return this.entries.get(key)?.line;
  }

  /** False when the sum would leave the safe integer range. */
  add(repId: string, day: string, stage: string, value: number, line: number, column: string, key: RowKey): boolean {
    const existing = this.entries.get(key);
    if (!existing) {
      this.entries.set(key, { row: { repId, day, stage, value }, line, column });
      return true;
    }
    const sum = existing.row.value + value;
    if (!Number.isSafeInteger(sum)) return false;
    existing.row.value = sum;
    return true;
  }

  /** The rows in (rep, day, stage) order; the sources of rows of the `traced` stages are kept for `sourceOfRow`. */
  sortedRows(traced: ReadonlySet<string>): ImportRow[] {
    const entries = this.sortedEntries();
    const rows = new Array<ImportRow>(entries.length);
    for (let index = 0; index < entries.length; index++) {
      const { row, line, column } = entries[index]!;
      if (traced.has(row.stage)) rowSources.set(row, { line, column });
      rows[index] = row;
    }
    return rows;
  }

  private sortedEntries(): TotalEntry[] {
    // Plain code-unit order, not localeCompare: the same file gives the same order on every machine.
    if (this.numericKeys) {
      // Sorted as a typed array and read back by index: no array of boxed numbers in between.
      const keys = Float64Array.from(this.entries.keys() as Iterable<number>).sort();
      const sorted = new Array<TotalEntry>(keys.length);
      for (let index = 0; index < keys.length; index++) sorted[index] = this.entries.get(keys[index]!)!;
      return sorted;
    }
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.entries.values()].sort((a, b) => byText(a.row.repId, b.row.repId) || byText(a.row.day, b.row.day) || byText(a.row.stage, b.row.stage));
  }
}

/** A field quoted after a space (`a, "b"`) keeps its quotes through csv-parse; no valid value has any. */
function cleanCell(raw: string | undefined): string {
  const text = (raw ?? "").trim();
  if (text.length >= 2 && text.charCodeAt(0) === 34 && text.charCodeAt(text.length - 1) === 34) return text.slice(1, -1).replaceAll('""', '"').trim();
  return text;
}

class RecordReader {
  private readonly reps = new Map<string, { id: string; active: boolean }>();
  private readonly repCache = new Map<string, Resolved<{ id: string; email: string }>>();
  private readonly dayCache = new Map<string, ParsedImportDate>();
  private readonly stageByName = new Map<string, string>();
  private readonly typeMap = new Map<string, string>();
  private readonly firstRowOfKey = new Map<RowKey, number>();
  private readonly minorDigits: number;
  private readonly minDate: string;
  private readonly wonStage: string | undefined;

  constructor(
    private readonly plan: ColumnPlan,
    private readonly mapping: ColumnMapping,
    private readonly context: ImportContext,
    private readonly errors: ImportErrorList,
    private readonly totals: ActivityTotals,
    private readonly keys: RowKeys,
  ) {
    for (const [email, rep] of context.reps) this.reps.set(email.trim().toLowerCase(), rep);
    for (const stage of context.stages) this.stageByName.set(stage.toLowerCase(), stage);
    this.stageByName.set(REVENUE_STAGE, REVENUE_STAGE);
    // Object.entries reads own keys only, so a type named "constructor" is not found on the prototype.
    for (const [type, target] of Object.entries(mapping.typeMap ?? {})) this.typeMap.set(normalizeHeaderName(type), target.trim());
    this.minorDigits = context.currencyMinorDigits ?? 2;
    this.minDate = context.minDate ?? DEFAULT_MIN_DATE;
    this.wonStage = context.stages[context.stages.length - 1];
  }

  read(record: CsvRecord): void {
    if (this.mapping.format === "long") this.readLong(record);
    else if (this.mapping.format === "wide") this.readWide(record);
    else this.readActivity(record);
  }

  private readLong({ fields, line }: CsvRecord): void {
    const { plan } = this;
    const rep = this.rep(fields, line);
    const day = this.day(fields, line);
    if (!plan.stage || !plan.count) return;
    const stageText = cleanCell(fields[plan.stage.index]);
    const stage = this.stageByName.get(stageText.toLowerCase());
    if (stageText === "") {
      this.errors.add(line, plan.stage.name, "stage is empty");
    } else if (stage === undefined) {
      this.errors.add(line, plan.stage.name, `unknown stage '${displayValue(stageText)}' (expected one of ${stageListText(this.context.stages)})`);
    }
    // Without a known stage the cell cannot be judged: a count must be whole, revenue may have decimals.
    const value = stage === undefined ? null : this.quantity(fields, line, plan.count, stage, true);
    if (!rep || !day || stage === undefined) return;
    // One key for the duplicate check and the total; a long file gives each key once, so the totals
    // themselves say which row claimed it (the claim map only holds rows whose value was refused).
    const key = this.keys.repDayStage(rep.id, day, stage);
    const duplicate = this.totals.firstLine(key) ?? this.claim(key, line, value === null);
    if (duplicate !== null) {
      this.errors.add(line, null, `rows ${duplicate} and ${line} both give rep '${displayValue(rep.email)}' on ${day} for '${stage}'; keep one of them`);
      return;
    }
    if (value !== null) this.addTotal(line, plan.count.name, rep.id, day, stage, value, key);
  }

  private readWide({ fields, line }: CsvRecord): void {
    const rep = this.rep(fields, line);
    const day = this.day(fields, line);
    const values: { stage: string; column: ColumnRef; value: number }[] = [];
    for (const { stage, column } of this.plan.stageColumns) {
      // An empty cell means "not provided", not zero: the import leaves that stage as it is.
      if (cleanCell(fields[column.index]) === "") continue;
      const value = this.quantity(fields, line, column, stage, false);
      if (value !== null) values.push({ stage, column, value });
    }
    if (!rep || !day) return;
    const duplicate = this.claim(this.keys.repDay(rep.id, day), line);
    if (duplicate !== null) {
      this.errors.add(line, null, `rows ${duplicate} and ${line} both give rep '${displayValue(rep.email)}' on ${day}; keep one of them`);
      return;
    }
    for (const { stage, column, value } of values) this.addTotal(line, column.name, rep.id, day, stage, value);
  }

  private readActivity({ fields, line }: CsvRecord): void {
    const { plan } = this;
    if (!plan.activityType) return;
    const typeText = cleanCell(fields[plan.activityType.index]);
    const target = this.activityTarget(typeText);
    // Ignored activity (emails, notes) is dropped unread: CRM exports hold everyone's, not only reps'.
    if (target.ok && target.value === IGNORED_ACTIVITY) return;
    const rep = this.rep(fields, line);
    const day = this.day(fields, line);
    if (!target.ok) {
      this.errors.add(line, plan.activityType.name, target.message);
      return;
    }
    const stage = target.value;
    let revenue: number | null = null;
    if (plan.amount && (stage === REVENUE_STAGE || stage === this.wonStage)) {
      // A won deal's amount is revenue; an empty amount on a won deal still counts the deal.
      const amountText = cleanCell(fields[plan.amount.index]);
      if (amountText !== "" || stage === REVENUE_STAGE) revenue = this.quantity(fields, line, plan.amount, REVENUE_STAGE, true);
    } else if (stage === REVENUE_STAGE) {
      this.errors.add(
        line,
        plan.activityType.name,
        `activity type '${displayValue(typeText)}' is mapped to revenue, but the column mapping has no amount column`,
      );
    }
    if (!rep || !day) return;
    if (stage !== REVENUE_STAGE) this.addTotal(line, plan.activityType.name, rep.id, day, stage, 1);
    if (revenue !== null && plan.amount) this.addTotal(line, plan.amount.name, rep.id, day, REVENUE_STAGE, revenue);
  }

  private activityTarget(typeText: string): Resolved<string> {
    if (typeText === "") return { ok: false, message: "activity type is empty" };
    const name = typeText.toLowerCase();
    const mapped = this.typeMap.get(name);
    if (mapped === undefined) {
      // A type spelled like a stage key ("meetings") needs no mapping.
      const stage = this.stageByName.get(name);
      if (stage !== undefined && stage !== REVENUE_STAGE) return { ok: true, value: stage };
      return { ok: false, message: `unknown activity type '${displayValue(typeText)}'; map it to a stage of your funnel or to 'ignore'` };
    }
    const target = mapped.toLowerCase();
    if (target === IGNORED_ACTIVITY) return { ok: true, value: IGNORED_ACTIVITY };
    const stage = this.stageByName.get(target);
    if (stage !== undefined) return { ok: true, value: stage };
    return {
      ok: false,
      message: `activity type '${displayValue(typeText)}' is mapped to '${displayValue(mapped)}', which is not a stage of your funnel (${stageListText(this.context.stages)})`,
    };
  }

  /** The first row that used `key`, or null after claiming it for `line` (unless `record` is false). */
  private claim(key: RowKey, line: number, record = true): number | null {
    const first = this.firstRowOfKey.get(key);
    if (first !== undefined) return first;
    if (record) this.firstRowOfKey.set(key, line);
    return null;
  }

  private rep(fields: readonly string[], line: number): { id: string; email: string } | null {
    const column = this.plan.repEmail;
    const email = cleanCell(fields[column.index]).toLowerCase();
    let resolved = this.repCache.get(email);
    if (!resolved) {
      const rep = this.reps.get(email);
      if (email === "") resolved = { ok: false, message: "rep email is empty" };
      else if (!rep) resolved = { ok: false, message: `unknown rep '${displayValue(email)}' (not a rep you can import for)` };
      else if (!rep.active) resolved = { ok: false, message: `rep '${displayValue(email)}' is deactivated; activity cannot be imported for a deactivated rep` };
      else resolved = { ok: true, value: { id: rep.id, email } };
      this.repCache.set(email, resolved);
    }
    if (resolved.ok) return resolved.value;
    this.errors.add(line, column.name, resolved.message);
    return null;
  }

  private day(fields: readonly string[], line: number): string | null {
    const column = this.plan.date;
    const text = cleanCell(fields[column.index]);
    let parsed = this.dayCache.get(text);
    if (!parsed) {
      parsed = this.parseDay(text);
      this.dayCache.set(text, parsed);
    }
    if (parsed.ok) return parsed.day;
    this.errors.add(line, column.name, parsed.message);
    return null;
  }

  private parseDay(text: string): ParsedImportDate {
    const parsed = parseImportDate(text, this.context.dateStyle);
    if (!parsed.ok) return parsed;
    if (parsed.day > this.context.today) return { ok: false, message: `date '${displayValue(text)}' is in the future (today is ${this.context.today})` };
    if (parsed.day < this.minDate) return { ok: false, message: `date '${displayValue(text)}' is before ${this.minDate}, the earliest date accepted` };
    return parsed;
  }

  /** A count, or for revenue an amount in minor units; null after reporting a bad cell. */
  private quantity(fields: readonly string[], line: number, column: ColumnRef, stage: string, required: boolean): number | null {
    const text = cleanCell(fields[column.index]);
    if (text === "" && !required) return null;
    const parsed: ParsedQuantity = stage === REVENUE_STAGE ? parseAmountMinor(text, this.minorDigits) : parseCount(text);
    if (parsed.ok) return parsed.value;
    this.errors.add(line, column.name, parsed.message);
    return null;
  }

  private addTotal(line: number, column: string, repId: string, day: string, stage: string, value: number, key = this.keys.repDayStage(repId, day, stage)): void {
    if (!this.totals.add(repId, day, stage, value, line, column, key)) this.errors.add(line, column, `the total for '${stage}' on ${day} is too large`);
  }
}
