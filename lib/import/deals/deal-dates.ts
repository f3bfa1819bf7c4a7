// Dates as CRMs write them: ISO (with or without a time), M/D/YYYY or D/M/YYYY in the order the
// mapping names, and YYYY/M/D. The date part is kept as written (exports are in the user's zone).
import { parseImportDate } from "../dates";
import { displayValue } from "../error-list";
import { MAX_DEAL_YEAR, MIN_DEAL_YEAR, type DealDateOrder } from "./types";

export type ParsedDealDate = { ok: true; day: string } | { ok: false; message: string };

const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})((?:,?\s+|T).+)?$/;

export function parseDealDate(value: string, order: DealDateOrder): ParsedDealDate {
  const text = value.trim();
  const yearFirst = YEAR_FIRST.exec(text);
  // YYYY/M/D reads one way only; as ISO it goes through the same checks (real day, time of day).
  const iso = yearFirst ? `${yearFirst[1]}-${yearFirst[2]?.padStart(2, "0")}-${yearFirst[3]?.padStart(2, "0")}${(yearFirst[4] ?? "").replace(/^,/, "")}` : text;
  const parsed = parseImportDate(iso, order);
  if (!parsed.ok) return { ok: false, message: parsed.message.replace(`'${displayValue(iso)}'`, `'${displayValue(text)}'`) };
  const year = Number(parsed.day.slice(0, 4));
  if (year < MIN_DEAL_YEAR || year > MAX_DEAL_YEAR) {
    return { ok: false, message: `date '${displayValue(text)}' is outside ${MIN_DEAL_YEAR}–${MAX_DEAL_YEAR}` };
  }
  return parsed;
}
