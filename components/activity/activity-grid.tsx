"use client";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Undo2 } from "lucide-react";
import { saveActivityCellAction } from "@/app/(app)/activity/actions";
import { Button } from "@/components/ui/button";
import { formatCellValue, parseCellValue as parseCell, REVENUE_COLUMN as REVENUE } from "@/components/activity/cell-format";
import { TodayTargets } from "@/components/activity/today-targets";
import { formatMoney, formatNumber } from "@/lib/format";
import type { DailyTargets } from "@/lib/server/activity/get-daily-targets";
import { clsx } from "clsx";
import type { ActivityWeekDay } from "@/lib/server/activity/get-activity-week";

// Saves each cell a moment after typing pauses (and at once on Enter or leaving the cell), through
// the same server operation one cell at a time. Each cell shows its own state; the bar above the
// grid sums them up. Undo restores the value a change replaced, through the same save.
const PAUSE_MS = 700;

type CellStatus = { kind: "pending" } | { kind: "saving" } | { kind: "saved" } | { kind: "invalid"; message: string } | { kind: "failed"; message: string };
type Origin = "edit" | "undo" | "retry";
interface Change {
  key: string;
  previous: number | null;
  next: number | null;
}
interface Column {
  key: string;
  label: string;
}

export interface ActivityGridProps {
  repId: string;
  repName: string;
  /** The viewer is the rep (the targets then speak of "your" quota and ratios). */
  ownActivity: boolean;
  days: ActivityWeekDay[];
  stages: Column[];
  /** `${day}|${stage}` → count, or revenue in minor units. */
  values: Record<string, number>;
  todayValues: Record<string, number>;
  targets: Record<string, number | null> | null;
  targetSource: DailyTargets["source"] | null;
  today: string;
  todayLabel: string;
  currency: string;
  currencyMinorDigits: number;
}

const cellKey = (day: string, stage: string) => `${day}|${stage}`;
const cellId = (day: string, stage: string) => `cell-${day}-${stage}`;

function statusText(status: CellStatus | undefined): string {
  switch (status?.kind) {
    case "pending":
    case "saving":
      return "Saving…";
    case "saved":
      return "Saved";
    case "invalid":
    case "failed":
      return "Not saved";
    default:
      return "";
  }
}

export function ActivityGrid(props: ActivityGridProps) {
  const { repId, repName, days, stages, currency, currencyMinorDigits: minorDigits } = props;
  const columns: Column[] = [...stages, { key: REVENUE, label: `Revenue won (${currency})` }];
  const [texts, setTexts] = useState<Record<string, string>>(() => {
    const initial: Record<string, string> = {};
    for (const day of days) for (const column of columns) initial[cellKey(day.day, column.key)] = formatCellValue(props.values[cellKey(day.day, column.key)], column.key === REVENUE, minorDigits);
    return initial;
  });
  const [statuses, setStatuses] = useState<Record<string, CellStatus>>({});
  const [changes, setChanges] = useState<Change[]>([]);
  const textsRef = useRef(texts);
  const savedRef = useRef<Record<string, number | null>>({ ...props.values });
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const queues = useRef(new Map<string, Promise<void>>());
  const inputs = useRef(new Map<string, HTMLInputElement>());

  const columnLabel = useCallback((stage: string) => (stage === REVENUE ? "Revenue won" : (stages.find((column) => column.key === stage)?.label ?? stage)), [stages]);
  const dayOf = useCallback((day: string) => days.find((entry) => entry.day === day), [days]);
  const cellName = useCallback((key: string) => {
    const [day = "", stage = ""] = key.split("|");
    return `${columnLabel(stage)} on ${dayOf(day)?.label ?? day}`;
  }, [columnLabel, dayOf]);

  const setStatus = useCallback((key: string, status: CellStatus | null) => {
    setStatuses((current) => {
      const next = { ...current };
      if (status) next[key] = status;
      else delete next[key];
      return next;
    });
  }, []);

  const setText = useCallback((key: string, text: string) => {
    textsRef.current = { ...textsRef.current, [key]: text };
    setTexts(textsRef.current);
  }, []);

  /** Saves one cell's current text; saves of the same cell run one after another, in order. */
  const saveCell = useCallback(
    (key: string, origin: Origin): Promise<void> => {
      const timer = timers.current.get(key);
      if (timer) clearTimeout(timer);
      timers.current.delete(key);
      const [day = "", stage = ""] = key.split("|");
      const run = async () => {
        const text = textsRef.current[key] ?? "";
        const parsed = parseCell(text, stage === REVENUE, minorDigits);
        if (!parsed.ok) {
          setStatus(key, { kind: "invalid", message: `${cellName(key)}: ${parsed.message}` });
          return;
        }
        if (parsed.value === (savedRef.current[key] ?? null)) {
          setStatuses((current) => {
            if (!current[key]) return current;
            return { ...current, [key]: { kind: "saved" } };
          });
          return;
        }
        setStatus(key, { kind: "saving" });
        try {
          const answer = await saveActivityCellAction(null, { repId, day, stage, value: text });
          if (answer.ok && answer.data) {
            const { value, previous } = answer.data;
            savedRef.current[key] = value;
            if (origin === "edit" && previous !== value) setChanges((stack) => [...stack.slice(-49), { key, previous, next: value }]);
            // Typed on while this save was under way: the next save is already scheduled.
            setStatus(key, textsRef.current[key] === text ? { kind: "saved" } : { kind: "pending" });
          } else if (answer.ok === false && answer.fieldErrors?.value) {
            setStatus(key, { kind: "invalid", message: answer.message });
          } else {
            setStatus(key, { kind: "failed", message: answer.ok === false ? answer.message : "The server did not answer." });
          }
        } catch {
          setStatus(key, { kind: "failed", message: "The server could not be reached." });
        }
      };
      const next = (queues.current.get(key) ?? Promise.resolve()).then(run);
      queues.current.set(key, next);
      return next;
    },
    [cellName, minorDigits, repId, setStatus],
  );

  function edit(key: string, text: string) {
    setText(key, text);
    setStatus(key, { kind: "pending" });
    const timer = timers.current.get(key);
    if (timer) clearTimeout(timer);
    timers.current.set(key, setTimeout(() => void saveCell(key, "edit"), PAUSE_MS));
  }

  function flush(key: string) {
    if (timers.current.has(key)) void saveCell(key, "edit");
  }

  function undo() {
    const change = changes.at(-1);
    if (!change) return;
    setChanges((stack) => stack.slice(0, -1));
    const [, stage = ""] = change.key.split("|");
    setText(change.key, formatCellValue(change.previous, stage === REVENUE, minorDigits));
    setStatus(change.key, { kind: "pending" });
    void saveCell(change.key, "undo");
  }

  function retry() {
    for (const [key, status] of Object.entries(statuses)) {
      if (status.kind !== "failed") continue;
      setStatus(key, { kind: "pending" });
      void saveCell(key, "retry");
    }
  }

  const focusCell = (row: number, column: number, rowStep: number, columnStep: number) => {
    for (let r = row, c = column; r >= 0 && r < days.length && c >= 0 && c < columns.length; r += rowStep, c += columnStep) {
      const input = inputs.current.get(`${r}:${c}`);
      if (input && !input.disabled) {
        input.focus();
        return;
      }
    }
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, row: number, column: number, key: string) {
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0 && (input.selectionEnd === 0 || input.selectionEnd === input.value.length);
    const atEnd = input.selectionEnd === input.value.length && (input.selectionStart === input.value.length || input.selectionStart === 0);
    if (event.key === "Enter") {
      event.preventDefault();
      flush(key);
      focusCell(row + (event.shiftKey ? -1 : 1), column, event.shiftKey ? -1 : 1, 0);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      focusCell(row + step, column, step, 0);
    } else if (event.key === "ArrowLeft" && atStart) {
      event.preventDefault();
      focusCell(row, column - 1, 0, -1);
    } else if (event.key === "ArrowRight" && atEnd) {
      event.preventDefault();
      focusCell(row, column + 1, 0, 1);
    } else if (event.key === "Escape" && timers.current.has(key)) {
      // Escape drops an edit that has not been sent yet.
      clearTimeout(timers.current.get(key));
      timers.current.delete(key);
      const [, stage = ""] = key.split("|");
      setText(key, formatCellValue(savedRef.current[key], stage === REVENUE, minorDigits));
      setStatus(key, null);
    }
  }

  const statusList = Object.entries(statuses);
  const failed = statusList.filter(([, status]) => status.kind === "failed");
  const invalid = statusList.filter(([, status]) => status.kind === "invalid");
  const busy = statusList.some(([, status]) => status.kind === "pending" || status.kind === "saving");
  const unsaved = busy || failed.length > 0 || invalid.length > 0;

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  const lastChange = changes.at(-1);
  const valueOf = (key: string): number | null => {
    const [, stage = ""] = key.split("|");
    const parsed = parseCell(texts[key] ?? "", stage === REVENUE, minorDigits);
    return parsed.ok ? parsed.value : (savedRef.current[key] ?? null);
  };
  const describeValue = (value: number | null, stage: string) => (value === null ? "empty" : formatCellValue(value, stage === REVENUE, minorDigits));
  const todayInWeek = days.some((day) => day.isToday);
  const todayValues: Record<string, number> = {};
  for (const column of columns) todayValues[column.key] = todayInWeek ? (valueOf(cellKey(props.today, column.key)) ?? 0) : (props.todayValues[column.key] ?? 0);

  return (
    <div className="flex flex-col gap-4">
      <TodayTargets
        columns={columns}
        values={todayValues}
        targets={props.targets}
        targetSource={props.targetSource}
        todayLabel={props.todayLabel}
        currency={currency}
        whose={props.ownActivity ? "your" : `${repName}'s`}
      />

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" aria-live="polite" data-testid="save-status" className={clsx("text-sm", failed.length || invalid.length ? "font-semibold text-red-700" : "text-slate-700")}>
          {failed.length > 0 ? "Couldn't save — retry" : invalid.length > 0 ? `Not saved: ${invalid[0]?.[1].kind === "invalid" ? invalid[0][1].message : ""}` : busy ? "Saving…" : "All changes saved"}
        </p>
        <div className="flex flex-wrap gap-2">
          {failed.length > 0 ? (
            <Button type="button" size="sm" onClick={retry}>
              Retry
            </Button>
          ) : null}
          <Button
            type="button"
            size="sm"
            variant="secondary"
            onClick={undo}
            disabled={!lastChange}
            aria-label={lastChange ? `Undo: ${cellName(lastChange.key)} back to ${describeValue(lastChange.previous, lastChange.key.split("|")[1] ?? "")}` : "Undo"}
          >
            <Undo2 aria-hidden="true" className="size-4" />
            Undo
          </Button>
        </div>
      </div>
      {failed.length > 0 ? (
        <ul className="list-disc pl-5 text-sm text-red-800">
          {failed.map(([key, status]) => (
            <li key={key}>
              {cellName(key)}: {status.kind === "failed" ? status.message : ""}
            </li>
          ))}
        </ul>
      ) : null}

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[46rem] border-collapse text-sm">
          <caption className="sr-only">
            Activity of {repName}, one row per day. Enter moves down, arrow keys move between cells; each cell saves on its own.
          </caption>
          <thead>
            <tr className="bg-slate-50">
              <th scope="col" className="sticky left-0 z-10 border-b border-slate-200 bg-slate-50 px-3 py-2 text-left font-semibold text-slate-700">
                Day
              </th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="border-b border-slate-200 px-2 py-2 text-left font-semibold text-slate-700">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day, row) => (
              <tr key={day.day} className={clsx(day.isToday && "bg-brand-50/60", day.isWeekend && !day.isToday && "bg-slate-50/60")}>
                <th scope="row" className={clsx("sticky left-0 z-10 border-b border-slate-100 px-3 py-2 text-left align-top font-medium whitespace-nowrap", day.isToday ? "bg-brand-50" : "bg-white")}>
                  {day.label}
                  {day.isToday ? <span className="block text-xs font-normal text-brand-700">Today</span> : null}
                  {day.isFuture ? <span className="block text-xs font-normal text-slate-600">Not yet</span> : null}
                </th>
                {columns.map((column, columnIndex) => {
                  const key = cellKey(day.day, column.key);
                  const id = cellId(day.day, column.key);
                  const status = statuses[key];
                  const wrong = status?.kind === "invalid" || status?.kind === "failed";
                  return (
                    <td key={column.key} className="border-b border-slate-100 px-2 py-1.5 align-top">
                      <input
                        id={id}
                        ref={(element) => {
                          if (element) inputs.current.set(`${row}:${columnIndex}`, element);
                          else inputs.current.delete(`${row}:${columnIndex}`);
                        }}
                        type="text"
                        inputMode={column.key === REVENUE ? "decimal" : "numeric"}
                        autoComplete="off"
                        aria-label={`${columnLabel(column.key)}, ${day.longLabel}${day.isToday ? " (today)" : ""}`}
                        aria-describedby={`${id}-status`}
                        aria-invalid={wrong || undefined}
                        disabled={day.isFuture}
                        value={texts[key] ?? ""}
                        onChange={(event) => edit(key, event.target.value)}
                        onBlur={() => flush(key)}
                        onFocus={(event) => event.currentTarget.select()}
                        onKeyDown={(event) => onKeyDown(event, row, columnIndex, key)}
                        className={clsx(
                          "h-9 w-full min-w-[4.5rem] rounded-md border bg-white px-2 text-right tabular-nums text-slate-900 disabled:border-transparent disabled:bg-transparent",
                          wrong ? "border-red-600" : "border-slate-300",
                        )}
                      />
                      <span id={`${id}-status`} className={clsx("mt-0.5 block min-h-4 text-right text-[11px] leading-4", wrong ? "font-semibold text-red-700" : "text-slate-600")}>
                        {statusText(status)}
                        {wrong ? <span className="sr-only">: {status.message}</span> : null}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="bg-slate-50">
              <th scope="row" className="sticky left-0 z-10 bg-slate-50 px-3 py-2 text-left font-semibold text-slate-700">
                Week
              </th>
              {columns.map((column) => {
                const total = days.reduce((sum, day) => sum + (valueOf(cellKey(day.day, column.key)) ?? 0), 0);
                return (
                  <td key={column.key} className="px-2 py-2 text-right font-semibold tabular-nums text-slate-800">
                    {column.key === REVENUE ? formatMoney(total, currency) : formatNumber(total)}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
