import { describe, expect, it } from "vitest";
import { MAX_LISTED_ERRORS } from "./error-list";
import { parseActivityCsv, readCsvHeader } from "./parse-activity-csv";
import { IMPORT_PRESETS } from "./presets";
import type { ColumnMapping, ImportContext } from "./types";

const STAGES = ["dials", "conversations", "meetings", "opportunities", "proposals", "won"];

function importContext(overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    stages: STAGES,
    reps: new Map([
      ["ana@acme.test", { id: "rep-ana", active: true }],
      ["ben@acme.test", { id: "rep-ben", active: true }],
      ["old@acme.test", { id: "rep-old", active: false }],
    ]),
    today: "2026-03-20",
    dateStyle: "auto",
    ...overrides,
  };
}

const LONG = IMPORT_PRESETS.coachboard_long(STAGES);
const WIDE = IMPORT_PRESETS.coachboard_wide(STAGES);
const SALESFORCE = IMPORT_PRESETS.salesforce(STAGES);
const HUBSPOT = IMPORT_PRESETS.hubspot(STAGES);

function parseLong(lines: string[], overrides: Partial<ImportContext> = {}, eol = "\n") {
  return parseActivityCsv(lines.join(eol), LONG, importContext(overrides));
}

describe("long format", () => {
  it("returns one row per rep, day and stage, sorted, with a summary", () => {
    const result = parseLong([
      "rep_email,date,stage,count",
      "ben@acme.test,2026-03-14,dials,40",
      "ana@acme.test,2026-03-14,meetings,2",
      "ana@acme.test,2026-03-13,dials,35",
      "ana@acme.test,2026-03-14,dials,30",
    ]);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.rows).toEqual([
      { repId: "rep-ana", day: "2026-03-13", stage: "dials", value: 35 },
      { repId: "rep-ana", day: "2026-03-14", stage: "dials", value: 30 },
      { repId: "rep-ana", day: "2026-03-14", stage: "meetings", value: 2 },
      { repId: "rep-ben", day: "2026-03-14", stage: "dials", value: 40 },
    ]);
    expect(result.summary).toEqual({ reps: 2, days: 2, rows: 4, perStage: { dials: 105, meetings: 2 }, sourceRecords: 4 });
    expect(result.detectedDelimiter).toBe(",");
  });

  it("matches emails and stages ignoring case and surrounding spaces", () => {
    const result = parseLong(["Rep_Email , DATE,Stage,count", "  ANA@Acme.Test ,2026-03-14, Dials ,3"]);
    expect(result.rows).toEqual([{ repId: "rep-ana", day: "2026-03-14", stage: "dials", value: 3 }]);
  });

  it("reads a file that starts with a byte order mark", () => {
    const result = parseLong(["\uFEFFrep_email,date,stage,count", "ana@acme.test,2026-03-14,dials,3"]);
    expect(result.ok).toBe(true);
    expect(result.preview.header).toEqual(["rep_email", "date", "stage", "count"]);
  });

  it("detects the semicolon delimiter from the header", () => {
    const result = parseLong(["rep_email;date;stage;count", "ana@acme.test;14.03.2026;dials;3"], { dateStyle: "DMY" });
    expect(result.detectedDelimiter).toBe(";");
    expect(result.rows).toEqual([{ repId: "rep-ana", day: "2026-03-14", stage: "dials", value: 3 }]);
  });

  it("reads CRLF line endings, and mixed ones, like LF", () => {
    const lines = ["rep_email,date,stage,count", "ana@acme.test,2026-03-14,dials,3", "ana@acme.test,2026-03-15,dials,4"];
    const lf = parseLong(lines);
    expect(parseLong(lines, {}, "\r\n").rows).toEqual(lf.rows);
    expect(parseActivityCsv(`${lines[0]}\r\n${lines[1]}\n${lines[2]}\r\n`, LONG, importContext()).rows).toEqual(lf.rows);
    expect(lf.rows).toHaveLength(2);
  });

  it("reads quoted fields holding the delimiter, quotes and line breaks, and counts lines in the file", () => {
    const text = [
      "rep_email,date,stage,count,note",
      '"ana@acme.test","2026-03-14","dials","5","called, left a message"',
      'ana@acme.test,2026-03-14,meetings,1,"she said ""call back""',
      'on Monday, first thing"',
      "ana@acme.test,2026-03-14,conversations,-1,",
    ].join("\r\n");
    const result = parseActivityCsv(text, LONG, importContext());
    expect(result.preview.records[1]).toEqual(["ana@acme.test", "2026-03-14", "meetings", "1", 'she said "call back"\r\non Monday, first thing']);
    // The third record starts on line 5 of the file: the note above spans lines 3 and 4.
    expect(result.errors).toEqual([{ row: 5, column: "count", message: "count '-1' is negative" }]);
  });

  it("keeps line numbers right after long runs of multi-byte and unpaired UTF-16 characters", () => {
    // csv-parse reports UTF-8 byte offsets; a miscounted character would shift every later row.
    for (const char of ["é", "€", "😀", "\ud800", "\udfff"]) {
      const text = [
        "rep_email,date,stage,count,note",
        `ana@acme.test,2026-03-14,dials,1,"${char.repeat(80)}\n"`,
        "a,b",
        "",
        "ana@acme.test,2026-03-15,dials,x",
      ].join("\n");
      const result = parseActivityCsv(text, LONG, importContext());
      expect(result.errors.map((error) => [error.row, error.column])).toEqual([
        [4, "rep_email"],
        [4, "date"],
        [4, "stage"],
        [6, "count"],
      ]);
    }
  });

  it("reads a semicolon file whose quoted fields hold commas and semicolons", () => {
    const text = 'rep_email;date;stage;count;"note; with, both"\nana@acme.test;2026-03-14;dials;5;"a;b,c"\n';
    const result = parseActivityCsv(text, LONG, importContext());
    expect(result.detectedDelimiter).toBe(";");
    expect(result.ok).toBe(true);
  });

  it("tolerates a space before a quoted field", () => {
    const result = parseLong(["rep_email, date, stage, count", 'ana@acme.test, "2026-03-14", "dials", "7"']);
    expect(result.rows).toEqual([{ repId: "rep-ana", day: "2026-03-14", stage: "dials", value: 7 }]);
  });

  it("skips blank lines and rows of empty cells but keeps file line numbers", () => {
    const result = parseLong(["rep_email,date,stage,count", "", "ana@acme.test,2026-03-14,dials,3", ",,,", "   ", "ana@acme.test,2026-03-14,dialz,3"]);
    expect(result.errors).toEqual([{ row: 6, column: "stage", message: expect.stringContaining("unknown stage 'dialz'") }]);
    expect(result.summary.sourceRecords).toBe(2);
  });

  it("converts revenue to minor units with the currency's digits", () => {
    const lines = ["rep_email,date,stage,count", "ana@acme.test,2026-03-14,revenue,1234.5", "ben@acme.test,2026-03-14,revenue,19.99"];
    expect(parseLong(lines).rows.map((row) => row.value)).toEqual([123450, 1999]);
    const yen = parseLong(["rep_email,date,stage,count", "ana@acme.test,2026-03-14,revenue,150000"], { currencyMinorDigits: 0 });
    expect(yen.rows).toEqual([{ repId: "rep-ana", day: "2026-03-14", stage: "revenue", value: 150000 }]);
  });

  it("renames columns through the mapping", () => {
    const mapping: ColumnMapping = { format: "long", columns: { repEmail: "Owner", date: "When", stage: "Kind", count: "N" } };
    const result = parseActivityCsv("When,Kind,N,Owner\n2026-03-14,won,1,ben@acme.test\n", mapping, importContext());
    expect(result.rows).toEqual([{ repId: "rep-ben", day: "2026-03-14", stage: "won", value: 1 }]);
  });

  it("reports each kind of bad cell with its row and column", () => {
    const result = parseLong(
      [
        "rep_email,date,stage,count",
        "nobody@acme.test,2026-03-14,dials,1",
        "old@acme.test,2026-03-14,dials,1",
        "ana@acme.test,2026-03-14,demos,1",
        "ana@acme.test,2026-02-30,dials,1",
        "ana@acme.test,2026-03-21,dials,1",
        "ana@acme.test,1999-12-31,dials,1",
        "ana@acme.test,03/04/2026,dials,1",
        "ana@acme.test,2026-03-10,dials,-2",
        "ana@acme.test,2026-03-11,dials,2.5",
        "ana@acme.test,2026-03-12,revenue,12.345",
        "ana@acme.test,2026-03-13,revenue,€40",
        ",2026-03-09,dials,",
      ],
      { minDate: "2000-01-01" },
    );
    expect(result.ok).toBe(false);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 2, column: "rep_email", message: "unknown rep 'nobody@acme.test' (not a rep you can import for)" },
      { row: 3, column: "rep_email", message: expect.stringContaining("'old@acme.test' is deactivated") },
      { row: 4, column: "stage", message: expect.stringContaining("unknown stage 'demos' (expected one of dials, conversations") },
      { row: 5, column: "date", message: "date '2026-02-30' does not exist" },
      { row: 6, column: "date", message: "date '2026-03-21' is in the future (today is 2026-03-20)" },
      { row: 7, column: "date", message: expect.stringContaining("is before 2000-01-01") },
      { row: 8, column: "date", message: expect.stringContaining("ambiguous") },
      { row: 9, column: "count", message: "count '-2' is negative" },
      { row: 10, column: "count", message: "count '2.5' is not a whole number" },
      { row: 11, column: "count", message: expect.stringContaining("more than 2 decimal places") },
      { row: 12, column: "count", message: expect.stringContaining("amount '€40' is not a number") },
      { row: 13, column: "rep_email", message: "rep email is empty" },
      { row: 13, column: "count", message: "count is empty" },
    ]);
    expect(result.summary.sourceRecords).toBe(12);
  });

  it("rejects a repeated rep, date and stage and names both rows", () => {
    const result = parseLong([
      "rep_email,date,stage,count",
      "ana@acme.test,2026-03-14,dials,3",
      "ana@acme.test,2026-03-15,dials,3",
      "ANA@acme.test,14/03/2026,Dials,4",
    ]);
    expect(result.errors).toEqual([
      { row: 4, column: null, message: "rows 2 and 4 both give rep 'ana@acme.test' on 2026-03-14 for 'dials'; keep one of them" },
    ]);
  });

  it("reports a missing required column on row 1 with the column's name", () => {
    const result = parseLong(["rep_email,day,stage,amount", "ana@acme.test,2026-03-14,dials,3"]);
    expect(result.errors).toEqual([
      { row: 1, column: "date", message: "missing required column 'date' (the header has: rep_email, day, stage, amount)" },
      { row: 1, column: "count", message: expect.stringContaining("missing required column 'count'") },
    ]);
    expect(result.preview.records).toEqual([["ana@acme.test", "2026-03-14", "dials", "3"]]);
  });

  it("reports a column that appears twice in the header", () => {
    const result = parseLong(["rep_email,date,stage,count,Count", "ana@acme.test,2026-03-14,dials,3,4"]);
    expect(result.errors).toEqual([{ row: 1, column: "count", message: "column 'count' appears 2 times in the header; keep one" }]);
  });

  it("reports an empty file, a blank file and a file without data rows", () => {
    for (const text of ["", "\uFEFF", " \r\n\n"]) {
      expect(parseActivityCsv(text, LONG, importContext()).errors).toEqual([{ row: 1, column: null, message: "the file is empty" }]);
    }
    expect(parseLong(["rep_email,date,stage,count", ""]).errors).toEqual([{ row: 1, column: null, message: "the file has a header but no data rows" }]);
  });

  it("reports a quote that is never closed at the row where it opens, after the rows before it", () => {
    const result = parseLong([
      "rep_email,date,stage,count",
      "ana@acme.test,2026-03-14,dials,x",
      'ana@acme.test,2026-03-15,"dials,3',
      "ana@acme.test,2026-03-16,dials,3",
    ]);
    expect(result.errors).toEqual([
      { row: 2, column: "count", message: "count 'x' is not a number" },
      { row: 3, column: null, message: expect.stringContaining("never closed") },
    ]);
  });

  it("refuses more data rows than the limit with one error", () => {
    const lines = ["rep_email,date,stage,count", "ana@acme.test,2026-03-14,dials,1", "ana@acme.test,2026-03-15,dials,1", "ana@acme.test,2026-03-16,dials,1"];
    const result = parseLong(lines, { maxRows: 2 });
    expect(result.errors).toEqual([{ row: 1, column: null, message: "the file has 3 data rows; the limit is 2, so split it into smaller files" }]);
    // The caller answers 413 from this.
    expect(result.summary.sourceRecords).toBeGreaterThan(2);
    expect(parseLong(lines, { maxRows: 3 }).ok).toBe(true);
  });

  it("lists every error up to the cap, then counts the rest", () => {
    const lines = ["rep_email,date,stage,count"];
    for (let index = 0; index < MAX_LISTED_ERRORS + 250; index++) lines.push(`ghost${index}@acme.test,2026-03-14,dials,1`);
    const result = parseLong(lines);
    expect(result.errors).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(result.errors.at(-2)?.row).toBe(MAX_LISTED_ERRORS + 1);
    expect(result.errors.at(-1)).toEqual({ row: MAX_LISTED_ERRORS + 2, column: null, message: "… and 250 more errors" });
  });

  it("keeps hostile cell contents short and visible in messages", () => {
    const result = parseLong(["rep_email,date,stage,count", `ana@acme.test,2026-03-14,"${"x".repeat(500)}\u202e\u0000",1`]);
    const message = result.errors[0]?.message ?? "";
    expect(message.length).toBeLessThan(200);
    expect(parseLong(["rep_email,date,stage,count", 'ana@acme.test,2026-03-14,"a\u202eb",1']).errors[0]?.message).toContain("a\\u202eb");
  });

  it("previews the header and the first 10 data records as parsed", () => {
    const lines = ["rep_email,date,stage,count"];
    for (let day = 1; day <= 12; day++) lines.push(`ana@acme.test,2026-03-${String(day).padStart(2, "0")},dials,${day}`);
    const result = parseLong(lines);
    expect(result.preview.records).toHaveLength(10);
    expect(result.preview.records[0]).toEqual(["ana@acme.test", "2026-03-01", "dials", "1"]);
    expect(result.summary.rows).toBe(12);
  });

  it("returns errors instead of throwing on a bad context", () => {
    const result = parseLong(["rep_email,date,stage,count", "ana@acme.test,2026-03-14,dials,1"], { today: "20/03/2026" });
    expect(result.errors).toEqual([{ row: 1, column: null, message: expect.stringContaining("context.today") }]);
  });
});

describe("wide format", () => {
  it("reads one column per stage and treats empty cells as not provided", () => {
    const result = parseActivityCsv(
      ["rep_email,date,dials,conversations,meetings,revenue", "ana@acme.test,2026-03-14,40,,2,", "ben@acme.test,2026-03-14,0,5,,2500.50"].join("\n"),
      WIDE,
      importContext(),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { repId: "rep-ana", day: "2026-03-14", stage: "dials", value: 40 },
      { repId: "rep-ana", day: "2026-03-14", stage: "meetings", value: 2 },
      { repId: "rep-ben", day: "2026-03-14", stage: "conversations", value: 5 },
      { repId: "rep-ben", day: "2026-03-14", stage: "dials", value: 0 },
      { repId: "rep-ben", day: "2026-03-14", stage: "revenue", value: 250050 },
    ]);
  });

  it("reports bad cells in the stage's column", () => {
    const result = parseActivityCsv("rep_email,date,dials,revenue\nana@acme.test,2026-03-14,-4,1.234\n", WIDE, importContext());
    expect(result.errors).toEqual([
      { row: 2, column: "dials", message: "count '-4' is negative" },
      { row: 2, column: "revenue", message: expect.stringContaining("more than 2 decimal places") },
    ]);
  });

  it("rejects a repeated rep and date and names both rows", () => {
    const result = parseActivityCsv(
      "rep_email,date,dials\nana@acme.test,2026-03-14,4\nben@acme.test,2026-03-14,4\nana@acme.test,2026-03-14,5\n",
      WIDE,
      importContext(),
    );
    expect(result.errors).toEqual([{ row: 4, column: null, message: "rows 2 and 4 both give rep 'ana@acme.test' on 2026-03-14; keep one of them" }]);
  });

  it("rejects a column that is not a stage, so a misspelled stage is not dropped silently", () => {
    const result = parseActivityCsv("rep_email,date,dials,meeting\nana@acme.test,2026-03-14,4,1\n", WIDE, importContext());
    expect(result.errors).toEqual([{ row: 1, column: "meeting", message: expect.stringContaining("unknown column 'meeting'") }]);
  });

  it("needs at least one stage column", () => {
    const result = parseActivityCsv("rep_email,date\nana@acme.test,2026-03-14\n", WIDE, importContext());
    expect(result.errors).toEqual([{ row: 1, column: null, message: expect.stringContaining("no stage columns") }]);
  });

  it("maps renamed stage columns and rejects a mapping to a stage the funnel lacks", () => {
    const mapping: ColumnMapping = {
      format: "wide",
      columns: { repEmail: "Email", date: "Day", stageColumns: { dials: "Calls", demos: "Demos" }, revenue: "Won $" },
    };
    const ok = parseActivityCsv("Email,Day,Calls,Won $\nana@acme.test,2026-03-14,12,99\n", mapping, importContext());
    expect(ok.rows).toEqual([
      { repId: "rep-ana", day: "2026-03-14", stage: "dials", value: 12 },
      { repId: "rep-ana", day: "2026-03-14", stage: "revenue", value: 9900 },
    ]);
    const bad = parseActivityCsv("Email,Day,Calls,Demos\nana@acme.test,2026-03-14,12,1\n", mapping, importContext());
    expect(bad.errors).toEqual([{ row: 1, column: "Demos", message: expect.stringContaining("is not a stage of your funnel") }]);
  });
});

describe("records format (CRM exports)", () => {
  const salesforceExport = [
    "Subject,Assigned To Email,Date,Activity Type,Amount",
    "Intro call,ana@acme.test,3/14/2026 9:30 AM,Call,",
    "Follow-up,ana@acme.test,3/14/2026 11:00 AM,call,",
    "Demo,ana@acme.test,3/14/2026,Connected Call,",
    "Newsletter,marketing@acme.test,3/14/2026,Email,",
    "Kickoff,ana@acme.test,3/15/2026,Meeting,",
    'Acme deal,ana@acme.test,3/15/2026,Closed Won,"12,000.00"',
    "Beta deal,ben@acme.test,3/15/2026,Closed Won,800",
    "Gamma deal,ben@acme.test,3/15/2026,Closed Won,450.25",
  ];

  it("counts activity per rep, day and stage and sums won amounts as revenue", () => {
    const text = salesforceExport.filter((line) => !line.startsWith("Acme")).join("\r\n");
    const result = parseActivityCsv(text, SALESFORCE, importContext({ dateStyle: "MDY" }));
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { repId: "rep-ana", day: "2026-03-14", stage: "conversations", value: 1 },
      { repId: "rep-ana", day: "2026-03-14", stage: "dials", value: 2 },
      { repId: "rep-ana", day: "2026-03-15", stage: "meetings", value: 1 },
      { repId: "rep-ben", day: "2026-03-15", stage: "revenue", value: 125025 },
      { repId: "rep-ben", day: "2026-03-15", stage: "won", value: 2 },
    ]);
    expect(result.summary).toMatchObject({ reps: 2, days: 2, rows: 5, sourceRecords: 7 });
  });

  it("reports a bad amount on a won deal in the amount column", () => {
    const result = parseActivityCsv(salesforceExport.join("\n"), SALESFORCE, importContext({ dateStyle: "MDY" }));
    expect(result.errors).toEqual([{ row: 7, column: "Amount", message: expect.stringContaining("amount '12,000.00' is not a number") }]);
  });

  it("rejects an unmapped activity type unless it is ignored", () => {
    const result = parseActivityCsv(
      "Assigned To Email,Date,Activity Type\nana@acme.test,2026-03-14,Webinar\nana@acme.test,2026-03-14,To Do\n",
      SALESFORCE,
      importContext(),
    );
    expect(result.errors).toEqual([
      { row: 2, column: "Activity Type", message: "unknown activity type 'Webinar'; map it to a stage of your funnel or to 'ignore'" },
    ]);
  });

  it("reads HubSpot exports with ISO datetimes", () => {
    const text =
      "Activity date,Activity type,Activity owner email\n2026-03-14T09:30:00Z,CALL,ben@acme.test\n2026-03-14 16:00,MEETING,ben@acme.test\n2026-03-14,NOTE,ben@acme.test\n";
    const result = parseActivityCsv(text, HUBSPOT, importContext());
    expect(result.rows).toEqual([
      { repId: "rep-ben", day: "2026-03-14", stage: "dials", value: 1 },
      { repId: "rep-ben", day: "2026-03-14", stage: "meetings", value: 1 },
    ]);
  });

  it("uses a custom type map case-insensitively, and types spelled like stage keys", () => {
    const mapping: ColumnMapping = {
      format: "records",
      columns: { repEmail: "owner", date: "date", activityType: "type", amount: "value" },
      typeMap: { " Dial ": "dials", Sale: "revenue", Demo: "demos" },
    };
    const text =
      "owner,date,type,value\nana@acme.test,2026-03-14,DIAL,\nana@acme.test,2026-03-14,meetings,\nana@acme.test,2026-03-14,sale,10\nana@acme.test,2026-03-14,demo,\nana@acme.test,2026-03-14,sale,\n";
    const result = parseActivityCsv(text, mapping, importContext());
    expect(result.errors).toEqual([
      { row: 5, column: "type", message: expect.stringContaining("is mapped to 'demos', which is not a stage of your funnel") },
      { row: 6, column: "value", message: "amount is empty" },
    ]);
    const valid = parseActivityCsv(text.split("\n").slice(0, 4).join("\n"), mapping, importContext());
    expect(valid.rows.map((row) => [row.stage, row.value])).toEqual([
      ["dials", 1],
      ["meetings", 1],
      ["revenue", 1000],
    ]);
  });

  it("reports rep and date problems of CRM rows too", () => {
    const result = parseActivityCsv("Assigned To Email,Date,Activity Type\nghost@acme.test,2099-01-01,Call\n", SALESFORCE, importContext());
    expect(result.errors.map((error) => error.column)).toEqual(["Assigned To Email", "Date"]);
  });
});

describe("readCsvHeader", () => {
  it("returns the header names and the delimiter", () => {
    expect(readCsvHeader('\uFEFF rep_email ;"date";stage;count\r\nana@acme.test;2026-03-14;dials;1')).toEqual({
      header: ["rep_email", "date", "stage", "count"],
      delimiter: ";",
    });
    expect(readCsvHeader('"Assigned To Email","Date, local","Activity Type"\n')).toEqual({
      header: ["Assigned To Email", "Date, local", "Activity Type"],
      delimiter: ",",
    });
  });

  it("returns an error for an empty file or an unreadable header", () => {
    expect(readCsvHeader("")).toEqual({ error: "the file is empty" });
    expect(readCsvHeader('"rep_email,date')).toMatchObject({ error: expect.stringContaining("header row could not be read") });
  });
});

describe("phase callbacks", () => {
  it("report reading the file, then checking its records, so a caller can time each", () => {
    const phases: string[] = [];
    const result = parseActivityCsv(["rep_email,date,stage,count", "ana@acme.test,2026-03-14,dials,3"].join("\n"), LONG, importContext({ onPhaseDone: (phase) => phases.push(phase) }));
    expect(result.ok).toBe(true);
    expect(phases).toEqual(["parse", "validate"]);
  });
});
