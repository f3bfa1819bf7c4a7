import type { ImportError } from "./types";

/** Errors listed one by one; past this, one final entry counts the rest. */
export const MAX_LISTED_ERRORS = 1_000;

const UNPRINTABLE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Shows a cell inside a message: bounded in length (a hostile file must not bloat every error), with
 * control and bidi-override characters escaped so the message reads as what is in the file. */
export function displayValue(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return shown.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export class ImportErrorList {
  private readonly listed: ImportError[] = [];
  private omitted = 0;
  private firstOmittedRow = 0;

  constructor(private readonly limit: number = MAX_LISTED_ERRORS) {}

  add(row: number, column: string | null, message: string): void {
    if (this.listed.length < this.limit) {
      this.listed.push({ row, column, message });
      return;
    }
    if (this.omitted === 0) this.firstOmittedRow = row;
    this.omitted++;
  }

  get count(): number {
    return this.listed.length + this.omitted;
  }

  toArray(): ImportError[] {
    if (this.omitted === 0) return [...this.listed];
    const more = { row: this.firstOmittedRow, column: null, message: `… and ${this.omitted.toLocaleString("en-US")} more errors` };
    return [...this.listed, more];
  }
}
