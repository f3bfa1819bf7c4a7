// RFC 4180 CSV for exports, safe to open in a spreadsheet: a text cell that a spreadsheet would
// read as a formula (=, +, -, @, tab, CR first) is prefixed with a single quote (OWASP CSV injection).
export type CsvValue = string | number | bigint | boolean | null | undefined | Date | object;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as written; text escaped against formulas, then quoted when it needs to be. */
export function escapeCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "bigint" || typeof value === "boolean") return String(value);
  const text = value instanceof Date ? value.toISOString() : typeof value === "string" ? value : JSON.stringify(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row of the given columns, then one row per record, CRLF line ends. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map((column) => escapeCsvCell(column)).join(",")];
  for (const row of rows) lines.push(columns.map((column) => escapeCsvCell(row[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
