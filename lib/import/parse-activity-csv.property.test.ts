import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseActivityCsv, readCsvHeader } from "./parse-activity-csv";
import { IMPORT_PRESETS } from "./presets";
import type { ImportContext, ImportDateStyle, ImportResult, ImportRow } from "./types";
import { dayKey } from "@/lib/calendar/days";

const STAGES = ["dials", "conversations", "meetings", "opportunities", "proposals", "won"];
const REPS = ["ana@acme.test", "ben@acme.test", "chloé@acme.test", "dev+sales@acme.test", "eve@acme.test"];
const TODAY = "2026-03-20";
const FIRST_DAY_MS = Date.UTC(2000, 0, 1);
const DAY_COUNT = (Date.UTC(2026, 2, 20) - FIRST_DAY_MS) / 86_400_000 + 1;

function importContext(dateStyle: ImportDateStyle): ImportContext {
  return { stages: STAGES, reps: new Map(REPS.map((email, index) => [email, { id: `rep-${index}`, active: true }])), today: TODAY, dateStyle };
}

/** Characters that break naive CSV handling, plus any single code point. */
const hostileChar = fc.oneof(
  fc.constantFrom(",", ";", '"', "\r", "\n", "\r\n", " ", "\t", "\u0000", "\uFEFF", "\u202e", "\u2028", "😀", "é", "\\"),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);
const hostileText = fc.string({ unit: hostileChar, maxLength: 12 });

interface Entry {
  rep: number;
  dayIndex: number;
  stage: string;
  amount: number;
}

interface Spelling {
  upperCase: boolean;
  padded: boolean;
  dateForm: number;
  wholeRevenue: boolean;
  quoteMask: number;
  note: string;
  blankLinesBefore: number;
}

const entryArb: fc.Arbitrary<Entry> = fc.record({
  rep: fc.integer({ min: 0, max: REPS.length - 1 }),
  dayIndex: fc.integer({ min: 0, max: DAY_COUNT - 1 }),
  stage: fc.constantFrom(...STAGES, "revenue"),
  amount: fc.integer({ min: 0, max: 10_000_000_000 }),
});

const spellingArb: fc.Arbitrary<Spelling> = fc.record({
  upperCase: fc.boolean(),
  padded: fc.boolean(),
  dateForm: fc.integer({ min: 0, max: 3 }),
  wholeRevenue: fc.boolean(),
  quoteMask: fc.integer({ min: 0, max: 31 }),
  note: hostileText,
  blankLinesBefore: fc.integer({ min: 0, max: 2 }),
});

const fileArb = fc.record({
  entries: fc.uniqueArray(fc.tuple(entryArb, spellingArb), {
    minLength: 1,
    maxLength: 30,
    selector: ([entry]) => `${entry.rep}|${entry.dayIndex}|${entry.stage}`,
  }),
  delimiter: fc.constantFrom(",", ";"),
  eol: fc.constantFrom("\n", "\r\n"),
  bom: fc.boolean(),
  trailingEol: fc.boolean(),
  dateStyle: fc.constantFrom<ImportDateStyle>("MDY", "DMY", "auto"),
});

function isoDay(dayIndex: number): string {
  return dayKey(new Date(FIRST_DAY_MS + dayIndex * 86_400_000));
}

function writtenDate(day: string, form: number, style: ImportDateStyle): string {
  const [year, month, date] = day.split("-");
  if (form === 1) return `${day} 09:30`;
  if (form === 2) return `${day}T23:59:59Z`;
  if (form === 3 && style === "MDY") return `${Number(month)}/${date}/${year}`;
  if (form === 3 && style === "DMY") return `${date}.${month}.${year}`;
  return day;
}

function writtenValue(entry: Entry, wholeRevenue: boolean): string {
  if (entry.stage !== "revenue") return String(entry.amount);
  const major = Math.floor(entry.amount / 100);
  const minor = entry.amount % 100;
  return wholeRevenue && minor === 0 ? String(major) : `${major}.${String(minor).padStart(2, "0")}`;
}

/** A minimal CSV writer: quotes a field when it must, or when asked to. */
function csvField(value: string, delimiter: string, forceQuotes: boolean): string {
  const mustQuote = value.includes(delimiter) || value.includes('"') || value.includes("\n") || value.includes("\r");
  return mustQuote || forceQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

type GeneratedFile = typeof fileArb extends fc.Arbitrary<infer File> ? File : never;

/** The file, and the line each data record starts on. */
function writeFile(file: GeneratedFile, overrideStage?: { index: number; stage: string }) {
  const { delimiter, eol, dateStyle } = file;
  let text = `${file.bom ? "\uFEFF" : ""}rep_email${delimiter}date${delimiter}stage${delimiter}count${delimiter}note${eol}`;
  const lines: number[] = [];
  file.entries.forEach(([entry, spelling], index) => {
    text += eol.repeat(spelling.blankLinesBefore);
    lines.push(1 + lineBreaks(text));
    const email = REPS[entry.rep] ?? "";
    const cells = [
      `${spelling.padded ? " " : ""}${spelling.upperCase ? email.toUpperCase() : email}${spelling.padded ? " " : ""}`,
      writtenDate(isoDay(entry.dayIndex), spelling.dateForm, dateStyle),
      overrideStage?.index === index ? overrideStage.stage : spelling.upperCase ? entry.stage.toUpperCase() : entry.stage,
      writtenValue(entry, spelling.wholeRevenue),
      spelling.note,
    ];
    text += cells.map((cell, cellIndex) => csvField(cell, delimiter, (spelling.quoteMask & (1 << cellIndex)) !== 0)).join(delimiter);
    if (index < file.entries.length - 1 || file.trailingEol) text += eol;
  });
  return { text, lines };
}

function expectedRows(entries: readonly (readonly [Entry, Spelling])[]): ImportRow[] {
  const rows = entries.map(([entry]) => ({ repId: `rep-${entry.rep}`, day: isoDay(entry.dayIndex), stage: entry.stage, value: entry.amount }));
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => byText(a.repId, b.repId) || byText(a.day, b.day) || byText(a.stage, b.stage));
}

function expectWellFormed(result: ImportResult): void {
  expect(typeof result.ok).toBe("boolean");
  expect(result.ok).toBe(result.errors.length === 0);
  for (const error of result.errors) {
    expect(Number.isInteger(error.row) && error.row >= 1).toBe(true);
    expect(error.message).not.toContain("internal error");
  }
  if (!result.ok) expect(result.rows).toEqual([]);
  for (const row of result.rows) {
    expect([...STAGES, "revenue"]).toContain(row.stage);
    expect(Number.isSafeInteger(row.value) && row.value >= 0).toBe(true);
  }
}

describe("parseActivityCsv properties", () => {
  it("round-trips long-format rows through any quoting, delimiter, line ending and BOM", () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        const { text } = writeFile(file);
        const result = parseActivityCsv(text, IMPORT_PRESETS.coachboard_long(STAGES), importContext(file.dateStyle));
        expect(result.errors).toEqual([]);
        expect(result.detectedDelimiter).toBe(file.delimiter);
        expect(result.rows).toEqual(expectedRows(file.entries));
        expect(result.summary.sourceRecords).toBe(file.entries.length);
      }),
      { numRuns: 200 },
    );
  });

  it("reports a bad row on the line it starts on, whatever the fields before it hold", () => {
    fc.assert(
      fc.property(fileArb, fc.nat(), (file, pick) => {
        const index = pick % file.entries.length;
        const { text, lines } = writeFile(file, { index, stage: "nope" });
        const result = parseActivityCsv(text, IMPORT_PRESETS.coachboard_long(STAGES), importContext(file.dateStyle));
        expect(result.errors).toEqual([{ row: lines[index], column: "stage", message: expect.stringContaining("unknown stage 'nope'") }]);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on hostile cells under a valid header", () => {
    const rawFile = fc.record({
      cells: fc.array(fc.array(hostileText, { maxLength: 6 }), { maxLength: 12 }),
      delimiter: fc.constantFrom(",", ";"),
      eol: fc.constantFrom("\n", "\r\n", "\r"),
      preset: fc.constantFrom("coachboard_long", "coachboard_wide", "salesforce", "hubspot" as const),
    });
    fc.assert(
      fc.property(rawFile, ({ cells, delimiter, eol, preset }) => {
        const mapping = IMPORT_PRESETS[preset](STAGES);
        const header = readCsvHeader(preset === "coachboard_long" ? "rep_email,date,stage,count" : "rep_email,date,dials,revenue");
        expect("header" in header).toBe(true);
        const text = [["rep_email", "date", "stage", "count"].join(delimiter), ...cells.map((row) => row.join(delimiter))].join(eol);
        expectWellFormed(parseActivityCsv(text, mapping, importContext("auto")));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on random text or bytes, in any format", () => {
    const presets = Object.values(IMPORT_PRESETS).map((preset) => preset(STAGES));
    const input = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.string({ unit: hostileChar, maxLength: 200 }),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder("utf-8").decode(bytes)),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => String.fromCharCode(...bytes)),
    );
    fc.assert(
      fc.property(input, fc.constantFrom<ImportDateStyle>("MDY", "DMY", "auto"), (text, dateStyle) => {
        const header = readCsvHeader(text);
        expect("header" in header || "error" in header).toBe(true);
        for (const mapping of presets) expectWellFormed(parseActivityCsv(text, mapping, importContext(dateStyle)));
      }),
      { numRuns: 300 },
    );
  });
});
