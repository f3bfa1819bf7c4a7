// Reads CSV text into records with the file line each one starts on. Well-formed files (every
// quote opens a field and closes it before a delimiter or line end) go through a one-pass
// tokenizer here, several times faster than csv-parse; anything else falls back to csv-parse with
// its relaxed rules, whose output the tokenizer reproduces exactly (a property test compares them).
// csv-parse's own line counter is not usable (it counts "\r\n" inside a quoted field as two lines),
// so on that path lines come from the byte offset at which it ends each record, walked once.
import { parse } from "csv-parse/sync";

export type CsvDelimiter = "," | ";";

export interface CsvRecord {
  fields: string[];
  /** 1-based line of the file on which the record starts. */
  line: number;
}

export type CsvTable =
  | { ok: true; delimiter: CsvDelimiter; header: string[]; records: CsvRecord[]; unreadable: { line: number; message: string } | null }
  | { ok: false; delimiter: CsvDelimiter; message: string };

const BOM = "\uFEFF";
// The UTF-8 BOM decoded as Latin-1, left by callers that read the upload with the wrong encoding.
const MISDECODED_BOM = "\u00EF\u00BB\u00BF";

export function stripBom(text: string): string {
  if (text.startsWith(BOM)) return text.slice(BOM.length);
  if (text.startsWith(MISDECODED_BOM)) return text.slice(MISDECODED_BOM.length);
  return text;
}

/** `;` when the header line has more semicolons than commas outside quotes, else `,`. */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let started = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    // An escaped quote (`""`) toggles twice and changes nothing.
    if (char === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (char === 44) commas++;
    else if (char === 59) semicolons++;
    else if (char === 10 || char === 13) {
      if (started) break;
      continue;
    }
    started = true;
  }
  return semicolons > commas ? ";" : ",";
}

/** Walks the text alongside csv-parse's UTF-8 byte offsets, counting line breaks (CRLF, LF or CR). */
class LineCursor {
  private index = 0;
  private bytes = 0;
  line = 1;

  constructor(private readonly text: string) {}

  /** Steps over blank lines, which csv-parse skips, to where the next record starts. */
  skipBlankLines(): void {
    while (this.index < this.text.length) {
      const char = this.text.charCodeAt(this.index);
      if (char !== 10 && char !== 13) return;
      this.stepLineBreak(char);
    }
  }

  advanceTo(byteOffset: number): void {
    const text = this.text;
    while (this.bytes < byteOffset && this.index < text.length) {
      const char = text.charCodeAt(this.index);
      if (char === 10 || char === 13) {
        this.stepLineBreak(char);
      } else if (char >= 0xd800 && char <= 0xdbff && isLowSurrogate(text.charCodeAt(this.index + 1))) {
        this.index += 2;
        this.bytes += 4;
      } else {
        this.index += 1;
        // Other BMP characters and lone surrogates (encoded as U+FFFD) take three bytes.
        this.bytes += char < 0x80 ? 1 : char < 0x800 ? 2 : 3;
      }
    }
  }

  private stepLineBreak(char: number): void {
    this.index++;
    this.bytes++;
    if (char === 13 && this.text.charCodeAt(this.index) === 10) {
      this.index++;
      this.bytes++;
    }
    this.line++;
  }
}

function isLowSurrogate(char: number): boolean {
  return char >= 0xdc00 && char <= 0xdfff;
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== "") return false;
  return true;
}

/**
 * The header (first record, names trimmed) and the non-blank data records. Never throws: an
 * unclosed quote (the only error csv-parse raises with these options) ends the readable part.
 */
export function readCsvTable(source: string, options: { headerOnly?: boolean } = {}): CsvTable {
  const text = stripBom(source);
  const delimiter = detectDelimiter(text);
  if (text.trim() === "") return { ok: false, delimiter, message: "the file is empty" };

  const fast = tokenizeWellFormed(text, delimiter, options.headerOnly === true);
  const read = fast ? { records: withoutBlankRecords(fast), unreadable: null } : readWithCsvParse(text, delimiter, options);
  if ("message" in read) return { ok: false, delimiter, message: read.message };
  const { records, unreadable } = read;

  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) {
    return { ok: false, delimiter, message: unreadable ? `the header row could not be read: ${unreadable.message}` : "the file is empty" };
  }
  return { ok: true, delimiter, header: headerRecord.fields.map((name) => name.trim()), records: dataRecords, unreadable };
}

/** Blank records are dropped, except the first (the header), whose absence is reported as such. */
function withoutBlankRecords(records: CsvRecord[]): CsvRecord[] {
  return records.filter((record, index) => index === 0 || !isBlank(record.fields));
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

const MALFORMED = Symbol("malformed");

/**
 * A well-formed file's records one at a time, or MALFORMED as soon as something needs csv-parse's
 * relaxed rules (a quote inside an unquoted field, text after a closing quote, an unclosed quote).
 * Same records as csv-parse with the options below: record delimiters CRLF, LF and CR, empty lines
 * skipped, `""` inside quotes is one quote, line breaks inside quotes kept.
 */
class WellFormedTokenizer {
  private index = 0;
  private line = 1;
  private readonly separator: number;

  constructor(
    private readonly text: string,
    delimiter: CsvDelimiter,
  ) {
    this.separator = delimiter.charCodeAt(0);
  }

  /** The next record, null at the end, or MALFORMED (the tokenizer is then not to be used again). */
  next(): CsvRecord | null | typeof MALFORMED {
    const { text, separator } = this;
    const length = text.length;
    let index = this.index;
    let line = this.line;
    // Empty lines are skipped, each one counted.
    for (;;) {
      if (index >= length) {
        this.index = index;
        this.line = line;
        return null;
      }
      const first = text.charCodeAt(index);
      if (first !== LF && first !== CR) break;
      index += first === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
      line++;
    }
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      if (text.charCodeAt(index) === QUOTE) {
        let value = "";
        let chunkStart = index + 1;
        let cursor = chunkStart;
        for (;;) {
          const close = text.indexOf('"', cursor);
          if (close === -1) return MALFORMED;
          for (let at = cursor; at < close; at++) {
            const char = text.charCodeAt(at);
            if (char === LF) line++;
            else if (char === CR && text.charCodeAt(at + 1) !== LF) line++;
          }
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(chunkStart, close + 1);
            chunkStart = cursor = close + 2;
            continue;
          }
          value += text.slice(chunkStart, close);
          index = close + 1;
          break;
        }
        fields.push(value);
        const next = index < length ? text.charCodeAt(index) : LF;
        if (next !== separator && next !== LF && next !== CR) return MALFORMED;
      } else {
        const start = index;
        let char = 0;
        while (index < length) {
          char = text.charCodeAt(index);
          if (char === separator || char === LF || char === CR) break;
          if (char === QUOTE) return MALFORMED;
          index++;
        }
        fields.push(text.slice(start, index));
      }
      if (index < length && text.charCodeAt(index) === separator) {
        index++;
        continue;
      }
      break;
    }
    if (index < length) {
      index += text.charCodeAt(index) === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
      line++;
    }
    this.index = index;
    this.line = line;
    return { fields, line: recordLine };
  }
}

/** The records of a well-formed file in one pass, or null if it needs csv-parse's relaxed rules (WellFormedTokenizer). */
export function tokenizeWellFormed(text: string, delimiter: CsvDelimiter, headerOnly: boolean): CsvRecord[] | null {
  const tokenizer = new WellFormedTokenizer(text, delimiter);
  const records: CsvRecord[] = [];
  for (;;) {
    const record = tokenizer.next();
    if (record === MALFORMED) return null;
    if (record === null) return records;
    records.push(record);
    if (headerOnly) return records;
  }
}

/**
 * A table read a slice of records at a time, for an import that writes while it reads: the text is
 * tokenized as the records are asked for. Where the file turns out to need csv-parse's relaxed
 * rules, the rest comes from csv-parse over the whole text, whose records before that point are
 * the same ones (the property test compares both paths), so the cursor carries on where it was.
 */
export interface CsvCursor {
  delimiter: CsvDelimiter;
  header: string[];
  /** Up to `count` more data records (blank ones skipped); none once `done`. */
  next: (count: number) => CsvRecord[];
  done: () => boolean;
  /** Where csv-parse gave up on the rest of the file (an unclosed quote), once it has been read that far. */
  unreadable: () => { line: number; message: string } | null;
  /** Data records read so far. */
  read: () => number;
}

export function openCsvCursor(source: string): { ok: true; cursor: CsvCursor } | { ok: false; delimiter: CsvDelimiter; message: string } {
  const text = stripBom(source);
  const delimiter = detectDelimiter(text);
  if (text.trim() === "") return { ok: false, delimiter, message: "the file is empty" };
  const tokenizer = new WellFormedTokenizer(text, delimiter);
  const first = tokenizer.next();
  if (first === MALFORMED || first === null) {
    // The header itself needs csv-parse (or there is none): read the whole table the usual way.
    const table = readCsvTable(source);
    if (!table.ok) return table;
    return { ok: true, cursor: tableCursor(table.delimiter, table.header, table.records, table.unreadable) };
  }
  let fallback: CsvCursor | null = null;
  let finished = false;
  let count = 0;
  const cursor: CsvCursor = {
    delimiter,
    header: first.fields.map((name) => name.trim()),
    next: (wanted) => {
      if (fallback) return fallback.next(wanted);
      const records: CsvRecord[] = [];
      while (!finished && records.length < wanted) {
        const record = tokenizer.next();
        if (record === null) finished = true;
        else if (record === MALFORMED) {
          count += records.length;
          const table = readCsvTable(source);
          fallback = tableCursor(delimiter, cursor.header, table.ok ? table.records.slice(count) : [], table.ok ? table.unreadable : null);
          return [...records, ...fallback.next(wanted - records.length)];
        } else if (!isBlank(record.fields)) records.push(record);
      }
      count += records.length;
      return records;
    },
    done: () => (fallback ? fallback.done() : finished),
    unreadable: () => fallback?.unreadable() ?? null,
    read: () => count + (fallback?.read() ?? 0),
  };
  return { ok: true, cursor };
}

function tableCursor(delimiter: CsvDelimiter, header: string[], records: readonly CsvRecord[], unreadable: { line: number; message: string } | null): CsvCursor {
  let next = 0;
  return {
    delimiter,
    header,
    next: (wanted) => {
      const slice = records.slice(next, next + wanted);
      next += slice.length;
      return slice;
    },
    done: () => next >= records.length,
    unreadable: () => (next >= records.length ? unreadable : null),
    read: () => next,
  };
}

type SlowRead = { records: CsvRecord[]; unreadable: { line: number; message: string } | null } | { message: string };

/** csv-parse with its relaxed rules: any file, including malformed quoting (exported for the property test that compares both paths). */
export function readWithCsvParse(text: string, delimiter: CsvDelimiter, options: { headerOnly?: boolean }): SlowRead {
  const parsed: { fields: string[]; endBytes: number }[] = [];
  // A holder, not a `let`: TypeScript does not see assignments made inside the callbacks.
  const skipped: { first: { code: string; message: string } | null } = { first: null };
  try {
    parse(text, {
      delimiter,
      // All three line endings at once: files glued together from several exports mix them.
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      ...(options.headerOnly ? { to: 1 } : {}),
      on_record: (fields: string[], context) => {
        parsed.push({ fields, endBytes: context.bytes });
        return null;
      },
      on_skip: (error) => {
        skipped.first ??= { code: error?.code ?? "CSV_UNKNOWN", message: error?.message ?? "unreadable record" };
        return undefined;
      },
    });
  } catch (error) {
    return { message: `the file could not be read as CSV (${error instanceof Error ? error.message : "unknown error"})` };
  }

  const cursor = new LineCursor(text);
  const all: CsvRecord[] = [];
  for (const { fields, endBytes } of parsed) {
    cursor.skipBlankLines();
    const line = cursor.line;
    cursor.advanceTo(endBytes);
    all.push({ fields, line });
  }

  let unreadable: { line: number; message: string } | null = null;
  const skip = skipped.first;
  if (skip) {
    cursor.skipBlankLines();
    unreadable =
      skip.code === "CSV_QUOTE_NOT_CLOSED"
        ? { line: cursor.line, message: 'a quoted field opened in this row is never closed, so the rest of the file could not be read; check the quotes (")' }
        : { line: cursor.line, message: `this row could not be read as CSV (${skip.message})` };
  }

  return { records: withoutBlankRecords(all), unreadable };
}
