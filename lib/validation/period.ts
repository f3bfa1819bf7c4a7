// The one reader of a period (window, from, to) for every screen's URL and every API query string.
import { z } from "zod";
import { MAX_PERIOD_DAYS, periodDays, type PeriodRequest } from "@/lib/calendar/period";
import { isYearInRange, isoDateSchema } from "@/lib/validation/common";

const WINDOW_KEY = /^(?:30|90|180|qtd|\d{4}-Q[1-4])$/;

export const periodRangeFields = {
  from: isoDateSchema.optional().describe("First day of the period (inclusive); give it with to"),
  to: isoDateSchema.optional().describe(`Last day of the period (inclusive), the "as of" day; at most ${MAX_PERIOD_DAYS} days after from`),
};

/** from and to come together, in order, at most MAX_PERIOD_DAYS apart; each problem names its field. */
export function checkPeriodRange(range: { from?: string | undefined; to?: string | undefined }, context: z.RefinementCtx) {
  if (range.from === undefined && range.to === undefined) return;
  // A bound that is not a date already has its own issue (zod runs refinements even then).
  const unreadable = (day: string | undefined) => day !== undefined && !isoDateSchema.safeParse(day).success;
  if (unreadable(range.from) || unreadable(range.to)) return;
  if (range.from === undefined) context.addIssue({ code: "custom", path: ["from"], message: "give both from and to, or neither" });
  else if (range.to === undefined) context.addIssue({ code: "custom", path: ["to"], message: "give both from and to, or neither" });
  else if (range.from > range.to) context.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
  else if (periodDays(range.from, range.to) > MAX_PERIOD_DAYS) context.addIssue({ code: "custom", path: ["to"], message: `the period may span at most ${MAX_PERIOD_DAYS} days` });
}

/** Where an API takes a window of days (and asOf), from–to replaces them: not both. */
export function windowOrRange(query: { window?: number | undefined; asOf?: string | undefined; from?: string | undefined; to?: string | undefined }, context: z.RefinementCtx) {
  if (query.from === undefined && query.to === undefined) return;
  if (query.window !== undefined) context.addIssue({ code: "custom", path: ["window"], message: "give either window or from and to, not both" });
  if (query.asOf !== undefined) context.addIssue({ code: "custom", path: ["asOf"], message: "give either asOf or from and to, not both (to is the as-of day)" });
}

/** `?from=&to=` alone (the deal figures). */
export const periodRangeQuerySchema = z.object(periodRangeFields).strict().superRefine(checkPeriodRange);

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const screenPeriodSchema = z
  .object({
    window: z.preprocess(single, z.string().regex(WINDOW_KEY, "must be 30, 90, 180, qtd or a fiscal quarter such as 2026-Q3").optional()),
    // Deal figures used to take their own ?deals=YYYY-Qn; an old shared link still opens that quarter.
    deals: z.preprocess(single, z.string().regex(/^\d{4}-Q[1-4]$/, "must be a fiscal quarter such as 2026-Q3").optional()),
    from: z.preprocess(single, periodRangeFields.from),
    to: z.preprocess(single, periodRangeFields.to),
  })
  .superRefine(checkPeriodRange)
  .superRefine((query, context) => {
    const quarter = query.window ?? query.deals;
    if (quarter?.includes("-Q") && !isYearInRange(Number(quarter.slice(0, 4)))) context.addIssue({ code: "custom", path: [query.window ? "window" : "deals"], message: "must be a quarter from 1970 to 2199" });
  });

/**
 * A screen's period from its search parameters. A URL is not an API call: what cannot be read is
 * reported (the page shows it) and the default period is shown instead of an error page.
 */
export function parseScreenPeriod(searchParams: Record<string, string | string[] | undefined>): { request: PeriodRequest; problem: string | null } {
  const parsed = screenPeriodSchema.safeParse({ window: searchParams.window, deals: searchParams.deals, from: searchParams.from, to: searchParams.to });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { request: {}, problem: issue ? `The period in the address was not used: ${issue.path.join(".")} ${issue.message}. Showing the last 90 days.` : null };
  }
  const { window, deals, from, to } = parsed.data;
  if (from && to) return { request: { from, to }, problem: null };
  return { request: { window: window ?? deals }, problem: null };
}
