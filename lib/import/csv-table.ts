// Reads CSV text into records with the file line each one starts on. csv-parse does the quoting;
// its own line counter is not usable (it counts "\r\n" inside a quoted field as two lines), so
// lines come from the byte offset at which csv-parse ends each record, walked over the text once.
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
    return { ok: false, delimiter, message: `the file could not be read as CSV (${error instanceof Error ? error.message : "unknown error"})` };
  }

  const cursor = new LineCursor(text);
  const records: CsvRecord[] = [];
  for (const { fields, endBytes } of parsed) {
    cursor.skipBlankLines();
    const line = cursor.line;
    cursor.advanceTo(endBytes);
    if (records.length === 0 || !isBlank(fields)) records.push({ fields, line });
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

  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) {
    return { ok: false, delimiter, message: unreadable ? `the header row could not be read: ${unreadable.message}` : "the file is empty" };
  }
  return { ok: true, delimiter, header: headerRecord.fields.map((name) => name.trim()), records: dataRecords, unreadable };
}
