import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openCsvCursor, readCsvTable, readWithCsvParse, tokenizeWellFormed } from "./csv-table";

// Quotes, both delimiters, every line ending, blanks and multi-byte characters, densely mixed.
const csvChar = fc.constantFrom(",", ";", '"', '""', "\r", "\n", "\r\n", " ", "a", "b", "é", "😀", "\t");
const csvText = fc.string({ unit: csvChar, maxLength: 60 });

/** Well-formed files: every field either bare (no quote) or quoted with any content. */
const bareField = fc.string({ unit: fc.constantFrom("a", "1", " ", "é", "😀", "-"), maxLength: 6 });
const quotedField = fc.string({ unit: fc.constantFrom("a", ",", ";", '"', "\r", "\n", "\r\n", " ", "😀"), maxLength: 6 }).map((value) => `"${value.replaceAll('"', '""')}"`);
const wellFormed = fc
  .tuple(
    fc.array(fc.array(fc.oneof(bareField, quotedField), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
    fc.array(fc.constantFrom("\r\n", "\n", "\r", "\n\n", "\r\n\r\n"), { minLength: 6, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([rows, breaks, trailing]) => rows.map((fields, index) => fields.join(",") + (index < rows.length - 1 || trailing ? breaks[index] : "")).join(""));

describe("the fast CSV tokenizer", () => {
  it("gives exactly csv-parse's records and lines whenever it accepts a file", () => {
    fc.assert(
      fc.property(fc.oneof(csvText, wellFormed), fc.constantFrom(",", ";") as fc.Arbitrary<"," | ";">, (text, delimiter) => {
        const fast = tokenizeWellFormed(text, delimiter, false);
        if (fast === null) return;
        const slow = readWithCsvParse(text, delimiter, {});
        expect("records" in slow).toBe(true);
        if (!("records" in slow)) return;
        expect(slow.unreadable).toBeNull();
        const kept = fast.filter((record, index) => index === 0 || record.fields.some((field) => field.trim() !== ""));
        expect(kept).toEqual(slow.records);
      }),
      { numRuns: 3000 },
    );
  });

  it("accepts every well-formed file", () => {
    fc.assert(
      fc.property(wellFormed, (text) => {
        expect(tokenizeWellFormed(text, ",", false)).not.toBeNull();
      }),
    );
  });

  it("reads the same table from a file either way", () => {
    fc.assert(
      fc.property(wellFormed, (text) => {
        const table = readCsvTable(text);
        const slow = readWithCsvParse(text, ",", {});
        if (!table.ok || !("records" in slow)) return;
        expect([table.header, ...table.records.map((record) => record.fields)]).toEqual([slow.records[0]?.fields.map((name) => name.trim()), ...slow.records.slice(1).map((record) => record.fields)]);
      }),
    );
  });

  // A file that goes wrong half way: the cursor switches to csv-parse there and carries on.
  const wrongLater = fc.tuple(wellFormed, fc.constantFrom('a"b,c', '"open,d', '"x"y,z'), wellFormed).map(([before, bad, after]) => `${before}\n${bad}\n${after}`);

  it("reads the same table a slice at a time, also when the file needs csv-parse half way", () => {
    fc.assert(
      fc.property(fc.oneof(csvText, wellFormed, wrongLater), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 8 }), (text, slices) => {
        const table = readCsvTable(text);
        const opened = openCsvCursor(text);
        expect(opened.ok).toBe(table.ok);
        if (!table.ok || !opened.ok) return;
        const { cursor } = opened;
        expect(cursor.header).toEqual(table.header);
        const records = [];
        for (let turn = 0; !cursor.done() || turn === 0; turn++) records.push(...cursor.next(slices[turn % slices.length] ?? 1));
        expect(cursor.next(5)).toEqual([]);
        expect(records).toEqual(table.records);
        expect(cursor.read()).toBe(table.records.length);
        expect(cursor.unreadable()).toEqual(table.unreadable);
      }),
      { numRuns: 2000 },
    );
  });
});
