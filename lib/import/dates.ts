// Dates in imported files: ISO always, plus the organization's day/month order. A datetime from a
// CRM export keeps its date part as written (the export is already in the user's time zone).
import { displayValue } from "./error-list";
import type { ImportDateStyle } from "./types";

export type ParsedImportDate = { ok: true; day: string } | { ok: false; message: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:(?:T|\s+)(.+))?$/;
const DAY_MONTH_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:(?:,?\s+|T)(.+))?$/;
const TWO_DIGIT_YEAR = /^\d{1,2}([./-])\d{1,2}\1\d{2}(?:\D.*)?$/;
const TIME_OF_DAY = /^\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const FIX_HINT = "use YYYY-MM-DD or set the organization's date format";

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** True for a YYYY-MM-DD string naming a day that exists. */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  return isRealDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

function notADate(value: string, style: ImportDateStyle): { ok: false; message: string } {
  const local = style === "MDY" ? " or MM/DD/YYYY" : style === "DMY" ? " or DD/MM/YYYY" : "";
  return { ok: false, message: `date '${displayValue(value)}' is not a date; write it as YYYY-MM-DD${local}` };
}

function resolveDayMonth(value: string, first: number, second: number, year: number, style: ImportDateStyle): ParsedImportDate {
  const asDayMonth = isRealDate(year, second, first) ? formatDay(year, second, first) : null;
  const asMonthDay = isRealDate(year, first, second) ? formatDay(year, first, second) : null;
  if (style === "DMY" || style === "MDY") {
    const day = style === "DMY" ? asDayMonth : asMonthDay;
    if (day) return { ok: true, day };
    const order = style === "DMY" ? "DD/MM/YYYY" : "MM/DD/YYYY";
    return { ok: false, message: `date '${displayValue(value)}' does not exist as ${order} (the organization's date format); ${FIX_HINT}` };
  }
  // "auto" reads a date only when one order is impossible or both orders agree (05/05).
  if (asDayMonth && asMonthDay && asDayMonth !== asMonthDay) {
    return {
      ok: false,
      message: `date '${displayValue(value)}' is ambiguous: it could be ${first} ${MONTH_NAMES[second - 1]} or ${second} ${MONTH_NAMES[first - 1]} ${year}; ${FIX_HINT} (month/day or day/month)`,
    };
  }
  const day = asDayMonth ?? asMonthDay;
  return day ? { ok: true, day } : { ok: false, message: `date '${displayValue(value)}' does not exist` };
}

export function parseImportDate(value: string, style: ImportDateStyle): ParsedImportDate {
  const text = value.trim();
  if (text === "") return { ok: false, message: "date is empty" };

  const iso = ISO_DATE.exec(text);
  if (iso) {
    if (iso[4] !== undefined && !TIME_OF_DAY.test(iso[4])) return notADate(text, style);
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!isRealDate(year, month, day)) return { ok: false, message: `date '${displayValue(text)}' does not exist` };
    return { ok: true, day: formatDay(year, month, day) };
  }

  const dayMonth = DAY_MONTH_DATE.exec(text);
  if (dayMonth) {
    if (dayMonth[5] !== undefined && !TIME_OF_DAY.test(dayMonth[5])) return notADate(text, style);
    return resolveDayMonth(text, Number(dayMonth[1]), Number(dayMonth[3]), Number(dayMonth[4]), style);
  }

  if (TWO_DIGIT_YEAR.test(text)) return { ok: false, message: `date '${displayValue(text)}' has a two-digit year; write the year in full, or use YYYY-MM-DD` };
  return notADate(text, style);
}
