// Building blocks every schema of forms, actions and the API reuses, so that one rule holds everywhere:
// dates and periods within YEAR_RANGE, ids of one format, counts within safe integers, text without
// control characters. Their regexes and bounds also appear in the OpenAPI document.
import { z } from "zod";
import { dayKey } from "@/lib/calendar/days";

/**
 * Dates and periods are read only within these years. Outside them JavaScript reads years 0–99 as
 * 1900–1999, PostgreSQL refuses years before 1, and loops over months would run for millennia.
 */
export const YEAR_RANGE = { min: 1970, max: 2199 } as const;
const YEAR = "(?:19[7-9]\\d|20\\d\\d|21\\d\\d)";
const MONTH = "(?:0[1-9]|1[0-2])";
const DAY = "(?:0[1-9]|[12]\\d|3[01])";

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && dayKey(date) === value;
};

/** A calendar date, YYYY-MM-DD, that exists (2026-02-30 is refused), from 1970-01-01 to 2199-12-31. */
export const isoDateSchema = z
  .string()
  .regex(new RegExp(`^${YEAR}-${MONTH}-${DAY}$`), `must be a date as YYYY-MM-DD from ${YEAR_RANGE.min}-01-01 to ${YEAR_RANGE.max}-12-31`)
  .refine(isRealDate, "is not a real calendar date")
  .describe(`A calendar date, YYYY-MM-DD, from ${YEAR_RANGE.min}-01-01 to ${YEAR_RANGE.max}-12-31`);

/** A datetime-local input's value (YYYY-MM-DDTHH:mm), within the same years. */
export const localDateTime = z
  .string()
  .regex(new RegExp(`^${YEAR}-${MONTH}-${DAY}T(?:[01]\\d|2[0-3]):[0-5]\\d$`), `must be a date and time from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`)
  .refine((value) => isRealDate(value.slice(0, 10)), "is not a real calendar date");

/** A fiscal quarter (YYYY-Qn) or a month (YYYY-MM), from 1970 to 2199. */
export const periodKey = z
  .string()
  .trim()
  .regex(new RegExp(`^${YEAR}-(?:Q[1-4]|${MONTH})$`), `must be a fiscal quarter like 2026-Q3 or a month like 2026-07, in the years ${YEAR_RANGE.min}–${YEAR_RANGE.max}`)
  .describe(`A fiscal quarter (YYYY-Qn, following the organization's fiscal year) or a month (YYYY-MM), in the years ${YEAR_RANGE.min}–${YEAR_RANGE.max}`);

/** Whether a year is one dates and periods may name (for keys read outside a schema, e.g. a page's URL). */
export const isYearInRange = (year: number) => Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;

/** Ids of every record: 1–64 of [A-Za-z0-9_-]. */
export const idSchema = z.string().min(1, "is not a valid id").max(64, "is not a valid id").regex(/^[A-Za-z0-9_-]+$/, "is not a valid id");

/** A count (dials, meetings …): a whole number from 0 to 2^53 − 1, the CSV import's limit too. */
export const safeCount = z
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .nonnegative("must not be negative")
  .max(Number.MAX_SAFE_INTEGER, `must be at most ${Number.MAX_SAFE_INTEGER}`);

// C0 and C1 control characters and DEL. Multi-line text keeps tab, line feed and carriage return.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_CHARACTERS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
export const CONTROL_CHARACTERS_MESSAGE = "must not contain control characters (such as NUL)";

/**
 * Text typed by a person or sent by an integration: trimmed, `min`–`max` characters (min 1 by
 * default: "is required"), and refused — not silently stripped — when it holds a control character,
 * so that what is stored is exactly what was sent. PostgreSQL cannot store NUL at all.
 */
export function textField(options: { max: number; min?: number; multiline?: boolean; trim?: boolean; requiredMessage?: string; maxMessage?: string }) {
  const { max, min = 1, multiline = false, trim = true } = options;
  let schema = z.string({ error: "must be text" }).regex(multiline ? new RegExp(`^${negated(CONTROL_CHARACTERS_BUT_LINE_BREAKS)}*$`) : new RegExp(`^${negated(CONTROL_CHARACTERS)}*$`), CONTROL_CHARACTERS_MESSAGE);
  if (trim) schema = schema.trim();
  if (min > 0) schema = schema.min(min, min === 1 ? (options.requiredMessage ?? "is required") : `must be at least ${min.toLocaleString("en-US")} characters`);
  return schema.max(max, options.maxMessage ?? `must be at most ${max.toLocaleString("en-US")} characters`);
}

// "[\u0000-…]" → "[^\u0000-…]": the allowed characters, as a pattern the OpenAPI document can state.
function negated(characters: RegExp): string {
  return characters.source.replace(/^\[/, "[^");
}

export const emailSchema = z.string().trim().toLowerCase().max(254).email("must be a valid email address");

export const personNameSchema = textField({ max: 120 });
