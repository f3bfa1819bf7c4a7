"use client";
import Form from "next/form";
import Link, { useLinkStatus } from "next/link";
import { useCallback, useId, useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useDismiss } from "@/components/ui/use-dismiss";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { addDays } from "@/lib/calendar/days";
import { WINDOW_OPTIONS } from "@/lib/calendar/coaching-window";
import { MAX_PERIOD_DAYS, type ResolvedPeriod } from "@/lib/calendar/period";
import { clsx } from "clsx";

const FIRST_DAY = "1970-01-01";
const LAST_DAY = "2199-12-31";

const optionClass = (current: boolean) => clsx("block rounded-md px-3 py-1.5 text-sm", current ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100");

/**
 * While the period a link asked for loads: the screens render their main content unstreamed (a
 * skeleton would hold back the largest paint), so the link itself says the click was heard.
 */
function PeriodLoading() {
  const { pending } = useLinkStatus();
  return pending ? (
    <span
      role="status"
      aria-label="Loading the period"
      className="ml-1.5 inline-block size-3 animate-spin rounded-full border-2 border-current border-t-transparent align-[-1px] motion-reduce:animate-none"
    />
  ) : null;
}

/**
 * The one period choice of every screen: the named windows, the previous fiscal quarters and a
 * custom from–to range. The choice lives in the URL (window=, or from= and to=) so a view can be
 * bookmarked and shared; the range is a GET form of two native date inputs, usable by keyboard.
 */
export function PeriodPicker({ basePath, period }: { basePath: string; period: Pick<ResolvedPeriod, "kind" | "key" | "label" | "from" | "to" | "quarters"> }) {
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const hintId = useId();
  const panelId = useId();
  const other = period.kind !== "window";
  // A disclosure written out rather than Radix's popover: the picker is on every dashboard, and the
  // popover with its positioning engine was ~24 KB gzip of each one's first-load JavaScript (#21).
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // Opened: nudged sideways to stay on screen (the trigger may sit anywhere on a phone), focus on
  // its first choice.
  useLayoutEffect(() => {
    const box = panel.current;
    if (!open || !box) return;
    const { left, right } = box.getBoundingClientRect();
    const margin = 8;
    const shift = left < margin ? margin - left : right > window.innerWidth - margin ? window.innerWidth - margin - right : 0;
    box.style.transform = shift ? `translateX(${shift}px)` : "";
    box.querySelector<HTMLElement>("a, input, button")?.focus();
  }, [open]);

  // Escape or a press outside closes it; Escape gives focus back to the button.
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, wrapper, trigger);
  return (
    <nav aria-label="Period" className="flex flex-wrap items-center gap-1 rounded-lg border border-slate-200 bg-white p-1">
      <ul className="flex flex-wrap gap-1">
        {WINDOW_OPTIONS.map((option) => (
          <li key={option.key}>
            <Link
              href={`${basePath}?window=${option.key}`}
              aria-current={period.key === option.key ? "page" : undefined}
              className={optionClass(period.key === option.key)}
            >
              {option.label}
              <PeriodLoading />
            </Link>
          </li>
        ))}
      </ul>
      <div ref={wrapper} className="relative">
        <button
          ref={trigger}
          type="button"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          aria-current={other ? "page" : undefined}
          onClick={() => setOpen((current) => !current)}
          className={clsx(optionClass(other), "border border-dashed border-slate-300")}
        >
          {other ? period.label : "Other period…"}
        </button>
        {open ? (
          <div
            ref={panel}
            id={panelId}
            role="dialog"
            aria-label="Choose a period"
            className="absolute right-0 top-full z-50 mt-1.5 flex w-[min(20rem,calc(100vw-1rem))] flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-lg"
          >
            <section aria-labelledby={`${hintId}-quarters`}>
              <h2 id={`${hintId}-quarters`} className="mb-2 text-sm font-semibold text-slate-900">
                Previous fiscal quarters
              </h2>
              <ul className="flex flex-wrap gap-1">
                {period.quarters.map((quarter) => (
                  <li key={quarter.key}>
                    <Link
                      href={`${basePath}?window=${quarter.key}`}
                      aria-current={period.key === quarter.key ? "page" : undefined}
                      className={clsx(optionClass(period.key === quarter.key), "border border-slate-200")}
                    >
                      {quarter.key}
                      <PeriodLoading />
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
            <Form action={basePath} aria-labelledby={`${hintId}-range`} className="flex flex-col gap-3">
              <h2 id={`${hintId}-range`} className="text-sm font-semibold text-slate-900">
                Custom range
              </h2>
              <div className="grid grid-cols-2 gap-2">
                <div className="flex flex-col gap-1">
                  <Label htmlFor={`${hintId}-from`}>From</Label>
                  <Input
                    id={`${hintId}-from`}
                    type="date"
                    name="from"
                    required
                    min={FIRST_DAY}
                    max={LAST_DAY}
                    value={from}
                    onChange={(event) => setFrom(event.target.value)}
                    aria-describedby={hintId}
                    className="px-2"
                  />
                </div>
                <div className="flex flex-col gap-1">
                  <Label htmlFor={`${hintId}-to`}>To</Label>
                  {/* The browser refuses a "to" before "from" or more than the maximum span after it. */}
                  <Input
                    id={`${hintId}-to`}
                    type="date"
                    name="to"
                    required
                    min={from || FIRST_DAY}
                    max={from && from <= LAST_DAY ? minDay(addDays(from, MAX_PERIOD_DAYS - 1), LAST_DAY) : LAST_DAY}
                    value={to}
                    onChange={(event) => setTo(event.target.value)}
                    aria-describedby={hintId}
                    className="px-2"
                  />
                </div>
              </div>
              <p id={hintId} className="text-xs text-slate-600">
                Both days included, at most {MAX_PERIOD_DAYS} days; figures are as of the last day.
              </p>
              <Button type="submit">Show this period</Button>
            </Form>
          </div>
        ) : null}
      </div>
    </nav>
  );
}

const minDay = (a: string, b: string) => (a < b ? a : b);
