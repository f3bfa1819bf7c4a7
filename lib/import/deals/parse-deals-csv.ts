// The one deal CSV parser behind the upload screen and POST /api/v1/deals/import: one row per deal
// in, validated deals keyed by external id out, with every row problem as { row, column, message },
// every unknown owner once with its row count, and every stage with its count and outcome.
import { openCsvCursor, readCsvTable, type CsvRecord } from "../csv-table";
import { displayValue, ImportErrorList } from "../error-list";
import { normalizeHeaderName } from "../resolve-columns";
import type { ParsedQuantity } from "../quantities";
import { parseDealAmount } from "./deal-amounts";
import { parseDealDate, type ParsedDealDate } from "./deal-dates";
import { normalizePersonName, OwnerMatcher, type OwnerMatch } from "./owner-names";
import { guessOutcome, stageKey, stageOutcomeLookup } from "./stage-outcomes";
import {
  DEFAULT_MAX_DEAL_ROWS,
  type DealColumnMapping,
  type DealImportContext,
  type DealOutcomeKey,
  type DealParseResult,
  type DealRecord,
  type StageCount,
  type UnknownOwner,
} from "./types";

const MAX_EXTERNAL_ID = 200;
const MAX_TEXT = 500;

type ColumnRole = keyof DealColumnMapping["columns"];
const REQUIRED: readonly ColumnRole[] = ["externalId", "owner", "stage", "amount"];
const OPTIONAL: readonly ColumnRole[] = ["createdDate", "closeDate", "lostReason", "product", "account"];
const ROLE_NAMES: Record<ColumnRole, string> = {
  externalId: "deal id",
  owner: "owner",
  stage: "stage",
  amount: "amount",
  createdDate: "created date",
  closeDate: "close date",
  lostReason: "lost reason",
  product: "product",
  account: "account",
};

const NO_TEXT_COLUMNS = { lostReason: false, product: false, account: false };

interface Column {
  index: number;
  name: string;
}

/** A field quoted after a space (`a, "b"`) keeps its quotes through csv-parse; no valid value has any. */
// Stored text never holds control characters (PostgreSQL refuses NUL; the rest are never meant):
// the row is refused, naming the column, as the API refuses such text.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;

function cleanCell(raw: string | undefined): string {
  const text = (raw ?? "").trim();
  if (text.length >= 2 && text.charCodeAt(0) === 34 && text.charCodeAt(text.length - 1) === 34) return text.slice(1, -1).replaceAll('""', '"').trim();
  return text;
}

function optionalCell(fields: readonly string[], column: Column | undefined): string {
  return column ? cleanCell(fields[column.index]) : "";
}

function optionalText(value: string): string | null {
  return value === "" ? null : value.slice(0, MAX_TEXT);
}

function emptyResult(header: string[], sourceRecords: number, message: string): DealParseResult {
  return { ok: false, deals: [], errors: [{ row: 1, column: null, message }], unknownOwners: [], stages: [], sourceRecords, header, textColumns: NO_TEXT_COLUMNS };
}

export function parseDealsCsv(text: string, mapping: DealColumnMapping, context: DealImportContext): DealParseResult {
  const reading = readDealsCsv(text, mapping, context);
  if (!reading.ok) return reading.result;
  reading.read(Number.POSITIVE_INFINITY);
  return reading.finish();
}

/**
 * A file whose header and size are fine, read a slice of rows at a time, so that the import can
 * write one slice while it checks the next (run-deal-import.ts). `read` returns the deals accepted
 * in the slice; once `failing` is true nothing read so far may be written, and `finish` gives
 * every problem of the file.
 */
export interface DealFileReading {
  ok: true;
  /** Every row has been read. */
  done: () => boolean;
  /** Reads the next `count` rows (fewer at the end) and returns the deals accepted among them. */
  read: (count: number) => DealRecord[];
  failing: () => boolean;
  textColumns: DealParseResult["textColumns"];
  /** The result over every row read: the whole file once `read` has reached the end. */
  finish: () => DealParseResult;
}

/** The file's header and size checked (an early failure is the whole result), then a reader over its rows. */
export function readDealsCsv(text: string, mapping: DealColumnMapping, context: DealImportContext): DealFileReading | { ok: false; result: DealParseResult } {
  try {
    return openReading(text, mapping, context);
  } catch (error) {
    return { ok: false, result: internalError(error) };
  }
}

// Bad input must come back as errors, never as a 500; reaching this is a bug in this module.
function internalError(error: unknown): DealParseResult {
  return emptyResult([], 0, `internal error while reading the file (${error instanceof Error ? error.message : "unknown error"})`);
}

function resolveColumns(header: readonly string[], mapping: DealColumnMapping): { columns: Partial<Record<ColumnRole, Column>>; problems: string[] } {
  const positions = new Map<string, number[]>();
  header.forEach((name, index) => {
    const key = normalizeHeaderName(name);
    if (key !== "") positions.set(key, [...(positions.get(key) ?? []), index]);
  });
  const problems: string[] = [];
  const columns: Partial<Record<ColumnRole, Column>> = {};
  const shown = header.filter((name) => name !== "").slice(0, 12).map(displayValue).join(", ") || "nothing";
  for (const role of [...REQUIRED, ...OPTIONAL]) {
    const wanted = mapping.columns[role];
    if (wanted === undefined) continue;
    const found = positions.get(normalizeHeaderName(wanted));
    const index = found?.[0];
    if (found === undefined || index === undefined) {
      // Optional columns are read when present: presets name columns some exports leave out.
      if (REQUIRED.includes(role)) problems.push(`missing the ${ROLE_NAMES[role]} column '${displayValue(wanted)}' (the header has: ${shown})`);
      continue;
    }
    if (found.length > 1) problems.push(`column '${displayValue(wanted)}' appears ${found.length} times in the header; keep one`);
    columns[role] = { index, name: header[index] ?? wanted };
  }
  return { columns, problems };
}

function openReading(text: string, mapping: DealColumnMapping, context: DealImportContext): DealFileReading | { ok: false; result: DealParseResult } {
  const source = typeof text === "string" ? text : "";
  const maxRows = context.maxRows ?? DEFAULT_MAX_DEAL_ROWS;
  // The row limit holds before anything is written. A file with no more line breaks than the
  // limit has no more rows, and is tokenized as its rows are read; a longer one is counted first.
  let counted: number | null = null;
  if (lineBreaks(source) > maxRows) {
    const table = readCsvTable(source);
    if (table.ok) counted = table.records.length;
  }
  const opened = openCsvCursor(source);
  context.onPhaseDone?.("parse");
  if (!opened.ok) return { ok: false, result: emptyResult([], 0, opened.message) };
  const { cursor } = opened;
  const { header } = cursor;
  if (counted !== null && counted > maxRows) {
    return { ok: false, result: emptyResult(header, counted, `the file has ${counted.toLocaleString("en-US")} data rows; the limit is ${maxRows.toLocaleString("en-US")}, so split it into smaller files`) };
  }
  const { columns, problems } = resolveColumns(header, mapping);
  if (problems.length > 0) {
    const table = counted === null ? readCsvTable(source) : null;
    const rows = counted ?? (table?.ok ? table.records.length : 0);
    return { ok: false, result: { ...emptyResult(header, rows, ""), errors: problems.map((message) => ({ row: 1, column: null, message })) } };
  }
  let pending = cursor.next(1);
  if (pending.length === 0 && cursor.done() && !cursor.unreadable()) return { ok: false, result: emptyResult(header, 0, "the file has a header but no data rows") };

  const reader = new DealReader(columns as Record<(typeof REQUIRED)[number], Column> & Partial<Record<ColumnRole, Column>>, mapping, context);
  let finished: DealParseResult | null = null;
  // An internal error ends the reading (it is the result), so a caller's loop ends too.
  const done = () => finished !== null || (pending.length === 0 && cursor.done());
  return {
    ok: true,
    done,
    textColumns: reader.textColumns(),
    read: (count) => {
      const from = reader.accepted;
      try {
        const records = pending.length > 0 ? [...pending, ...cursor.next(count - pending.length)] : cursor.next(count);
        pending = [];
        for (const record of records) reader.read(record);
      } catch (error) {
        finished = internalError(error);
      }
      return reader.acceptedSince(from);
    },
    failing: () => finished !== null || reader.failing(),
    finish: () => {
      if (finished) return finished;
      try {
        const unreadable = pending.length === 0 && cursor.done() ? cursor.unreadable() : null;
        if (unreadable) reader.errors.add(unreadable.line, null, unreadable.message);
        finished = reader.result(header, cursor.read());
      } catch (error) {
        finished = internalError(error);
      }
      return finished;
    },
  };
}

/** Line breaks (CRLF, LF or CR): one more than that is the most records the text can hold. */
function lineBreaks(text: string): number {
  // indexOf scans natively, several times faster than a loop over 16 MB of characters.
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  if (text.indexOf("\r") === -1) return count;
  for (let at = text.indexOf("\r"); at !== -1; at = text.indexOf("\r", at + 1)) if (text.charCodeAt(at + 1) !== 10) count++;
  return count;
}

class DealReader {
  readonly errors = new ImportErrorList();
  private readonly deals: DealRecord[] = [];
  private readonly firstRowOfId = new Map<string, number>();
  private readonly owners: OwnerMatcher;
  private readonly ownerCache = new Map<string, OwnerMatch>();
  private readonly unknown = new Map<string, UnknownOwner & { matches: number }>();
  private readonly stageOutcomes: Map<string, DealOutcomeKey>;
  private readonly stages = new Map<string, StageCount>();
  private readonly stageKeys = new Map<string, string>();
  private readonly dayCache = new Map<string, ParsedDealDate>();
  private readonly minorDigits: number;

  constructor(
    private readonly columns: Record<(typeof REQUIRED)[number], Column> & Partial<Record<ColumnRole, Column>>,
    private readonly mapping: DealColumnMapping,
    private readonly context: DealImportContext,
  ) {
    this.owners = new OwnerMatcher(context.people, context.aliases);
    this.stageOutcomes = stageOutcomeLookup(mapping.stageOutcomes);
    this.minorDigits = context.currencyMinorDigits ?? 2;
  }

  // Per row: each cell is cleaned once and no closure is made (200,000 rows is the expected size).
  read({ fields, line }: CsvRecord): void {
    const { columns } = this;
    const errorsBefore = this.errors.count;

    const externalId = cleanCell(fields[columns.externalId.index]);
    if (externalId === "") this.fail(line, columns.externalId, "deal id is empty");
    else if (externalId.length > MAX_EXTERNAL_ID) this.fail(line, columns.externalId, `deal id is longer than ${MAX_EXTERNAL_ID} characters`);
    else {
      const first = this.firstRowOfId.get(externalId);
      if (first !== undefined) this.fail(line, null, `rows ${first} and ${line} are both deal '${displayValue(externalId)}'; keep one of them`);
      else this.firstRowOfId.set(externalId, line);
    }

    const stage = cleanCell(fields[columns.stage.index]);
    const lostReasonText = optionalCell(fields, columns.lostReason);
    const productText = optionalCell(fields, columns.product);
    const accountText = optionalCell(fields, columns.account);
    this.checkText(line, "externalId", externalId);
    this.checkText(line, "stage", stage);
    this.checkText(line, "lostReason", lostReasonText);
    this.checkText(line, "product", productText);
    this.checkText(line, "account", accountText);

    const ownerId = this.owner(cleanCell(fields[columns.owner.index]), line);
    let outcome: DealOutcomeKey = "open";
    if (stage === "") this.fail(line, columns.stage, "stage is empty");
    else outcome = this.outcome(stage);

    const amount = this.amount(cleanCell(fields[columns.amount.index]));
    if (!amount.ok) this.fail(line, columns.amount, amount.message);
    const createdOn = this.day(columns.createdDate, optionalCell(fields, columns.createdDate), line);
    const closeDate = this.day(columns.closeDate, optionalCell(fields, columns.closeDate), line);
    if (outcome !== "open" && stage !== "") {
      if (closeDate === null && this.errors.count === errorsBefore) this.fail(line, columns.closeDate ?? columns.stage, `a ${outcome} deal needs a close date`);
      if (createdOn === null && this.errors.count === errorsBefore) this.fail(line, columns.createdDate ?? columns.stage, `a ${outcome} deal needs a created date`);
      if (closeDate && closeDate > this.context.today) this.fail(line, columns.closeDate ?? null, `close date ${closeDate} of a ${outcome} deal is in the future (today is ${this.context.today})`);
      if (createdOn && closeDate && createdOn > closeDate) this.fail(line, columns.closeDate ?? null, `close date ${closeDate} is before the created date ${createdOn}`);
    }
    if (createdOn && createdOn > this.context.today) this.fail(line, columns.createdDate ?? null, `created date ${createdOn} is in the future (today is ${this.context.today})`);

    if (this.errors.count !== errorsBefore || ownerId === null || !amount.ok) return;
    this.deals.push({
      externalId,
      ownerId,
      stage: stage.slice(0, MAX_TEXT),
      outcome,
      amountMinor: amount.value,
      createdOn,
      closeDate,
      lostReason: outcome === "lost" ? optionalText(lostReasonText) : null,
      productName: optionalText(productText),
      accountName: optionalText(accountText),
    });
  }

  /** Deals accepted so far. */
  get accepted(): number {
    return this.deals.length;
  }

  acceptedSince(from: number): DealRecord[] {
    return this.deals.slice(from);
  }

  /** A row problem or an unknown owner: nothing of this file may be written. */
  failing(): boolean {
    return this.errors.count > 0 || this.unknown.size > 0;
  }

  textColumns(): DealParseResult["textColumns"] {
    return { lostReason: this.columns.lostReason !== undefined, product: this.columns.product !== undefined, account: this.columns.account !== undefined };
  }

  private fail(line: number, column: Column | null, message: string): void {
    this.errors.add(line, column?.name ?? null, message);
  }

  private checkText(line: number, role: ColumnRole, value: string): void {
    const column = this.columns[role];
    if (column && CONTROL_CHARACTERS.test(value)) this.fail(line, column, `${ROLE_NAMES[role]} holds a control character (such as NUL); remove it from the file`);
  }

  // Not cached, unlike dates: most amounts of an export differ, and the common shapes read fast.
  private amount(text: string): ParsedQuantity {
    return parseDealAmount(text, this.minorDigits);
  }

  private owner(name: string, line: number): string | null {
    if (name === "") {
      this.fail(line, this.columns.owner, "owner is empty");
      return null;
    }
    let match = this.ownerCache.get(name);
    if (!match) {
      match = this.owners.match(name);
      this.ownerCache.set(name, match);
    }
    if (match.ok) return match.userId;
    const key = normalizePersonName(name) || name.toLowerCase();
    const entry = this.unknown.get(key);
    if (entry) entry.rows++;
    else this.unknown.set(key, { name, key, rows: 1, firstRow: line, matches: match.reason === "ambiguous" ? match.count : 0 });
    return null;
  }

  private outcome(stage: string): DealOutcomeKey {
    let key = this.stageKeys.get(stage);
    if (key === undefined) {
      key = stageKey(stage);
      this.stageKeys.set(stage, key);
    }
    const count = this.stages.get(key);
    if (count) {
      count.count++;
      return count.outcome;
    }
    // Spellings with one key share one outcome, so it is looked up once per key.
    const saved = this.stageOutcomes.get(key);
    const outcome = saved ?? guessOutcome(stage);
    this.stages.set(key, { stage, count: 1, outcome, guessed: saved === undefined });
    return outcome;
  }

  private day(column: Column | undefined, text: string, line: number): string | null {
    if (!column || text === "") return null;
    let parsed = this.dayCache.get(text);
    if (!parsed) {
      parsed = parseDealDate(text, this.mapping.dateOrder);
      this.dayCache.set(text, parsed);
    }
    if (parsed.ok) return parsed.day;
    this.fail(line, column, parsed.message);
    return null;
  }

  result(header: string[], sourceRecords: number): DealParseResult {
    const unknownOwners = [...this.unknown.values()].sort((a, b) => b.rows - a.rows || a.firstRow - b.firstRow);
    const stages = [...this.stages.values()].sort((a, b) => b.count - a.count || (a.stage < b.stage ? -1 : 1));
    const errors = this.errors.toArray();
    const ok = errors.length === 0 && unknownOwners.length === 0;
    return {
      ok,
      deals: ok ? this.deals : [],
      errors,
      unknownOwners: unknownOwners.map(({ name, key, rows, firstRow, matches }) => ({ name, key, rows, firstRow, ...(matches > 0 ? { matches } : {}) })),
      stages,
      sourceRecords,
      header,
      textColumns: this.textColumns(),
    };
  }
}
