// How a grid cell reads and is read back: counts as whole numbers, revenue in the currency's major
// units (typed "1234.5", stored as 123450 minor units), with the same rules as the CSV import.
import { parseAmountMinor, parseCount, type ParsedQuantity } from "@/lib/import/quantities";

export const REVENUE_COLUMN = "revenue";

export function formatCellValue(value: number | null | undefined, isRevenue: boolean, minorDigits: number): string {
  if (value === null || value === undefined) return "";
  if (!isRevenue || minorDigits === 0) return String(value);
  const scale = 10 ** minorDigits;
  return value % scale === 0 ? String(value / scale) : (value / scale).toFixed(minorDigits);
}

/** An empty cell is null (nothing logged), not zero. */
export function parseCellValue(text: string, isRevenue: boolean, minorDigits: number): ParsedQuantity | { ok: true; value: null } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  return isRevenue ? parseAmountMinor(trimmed, minorDigits) : parseCount(trimmed);
}
