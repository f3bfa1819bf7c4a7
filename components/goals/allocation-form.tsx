"use client";
import { useId, useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useActionRunner, type ServerAction } from "@/components/one-on-ones/use-action-runner";
import { splitGoal, splitUnit, type SplitMethod } from "@/lib/goals/allocate";
import { formatMoney } from "@/lib/format";
import { RowTh, Table, Td, Th } from "@/components/ui/table";

export interface AllocationPayload {
  period: string;
  method: "manual" | SplitMethod;
  amounts: { id: string; amount: number }[];
  confirmOverAllocation: boolean;
}

export interface AllocationLine {
  id: string;
  name: string;
  detail?: string;
  currentMinor: number | null;
  previousPeriodMinor: number;
}

const toMajor = (minor: number, digits: number) => String(minor / 10 ** digits);

/**
 * Allocating a goal to teams or reps: by hand, evenly, or in proportion to last period's revenue,
 * with the unallocated remainder (or the amount over) always in view. Saving more than the goal
 * needs the explicit "allocate more than the goal" tick; the server checks it again.
 */
export function AllocationForm<TExtra extends object>({
  action,
  extra,
  period,
  previousPeriodKey,
  goalMinor,
  goalName,
  lines,
  noun,
  currency,
  minorDigits,
}: {
  action: ServerAction<AllocationPayload & TExtra, unknown>;
  extra: TExtra;
  period: string;
  previousPeriodKey: string;
  goalMinor: number | null;
  /** "the organization's goal", "the team's goal". */
  goalName: string;
  lines: AllocationLine[];
  /** "goal" for teams, "quota" for reps. */
  noun: string;
  currency: string;
  minorDigits: number;
}) {
  const formId = useId();
  const [amounts, setAmounts] = useState<Record<string, string>>(() =>
    Object.fromEntries(lines.map((line) => [line.id, line.currentMinor === null ? "" : toMajor(line.currentMinor, minorDigits)])),
  );
  const [method, setMethod] = useState<AllocationPayload["method"]>("manual");
  const [confirm, setConfirm] = useState(false);
  const save = useActionRunner(action);

  // An empty field leaves that line as it is (it is not sent).
  const parsed = useMemo(
    () => lines.filter((line) => amounts[line.id]?.trim()).map((line) => ({ id: line.id, amount: Number(amounts[line.id]) })),
    [amounts, lines],
  );
  const invalid = parsed.filter((entry) => !Number.isFinite(entry.amount) || entry.amount < 0);
  const totalMinor = lines.reduce((sum, line) => {
    const entry = parsed.find((candidate) => candidate.id === line.id);
    const amount = entry ? (Number.isFinite(entry.amount) && entry.amount > 0 ? Math.round(entry.amount * 10 ** minorDigits) : 0) : (line.currentMinor ?? 0);
    return sum + amount;
  }, 0);
  const remainder = goalMinor === null ? null : goalMinor - totalMinor;
  const serverSaysOver = save.result.ok === false && save.result.message.startsWith("Over-allocated");
  const over = (remainder !== null && remainder < 0) || serverSaysOver;
  const hasPrevious = lines.some((line) => line.previousPeriodMinor > 0);

  function split(how: SplitMethod) {
    if (goalMinor === null) return;
    const shares = splitGoal(
      how,
      goalMinor,
      lines.map((line) => line.previousPeriodMinor),
      splitUnit(goalMinor, minorDigits),
    );
    if (!shares) return;
    setAmounts(Object.fromEntries(lines.map((line, index) => [line.id, toMajor(shares[index] ?? 0, minorDigits)])));
    setMethod(how);
  }

  return (
    <form
      noValidate
      aria-label={`Allocate ${goalName}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (invalid.length) return;
        save.run({ ...extra, period, method, amounts: parsed, confirmOverAllocation: confirm } as AllocationPayload & TExtra, () => setConfirm(false));
      }}
      className="flex flex-col gap-4"
    >
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" size="sm" disabled={goalMinor === null || lines.length === 0} onClick={() => split("even")}>
          Split evenly
        </Button>
        <Button type="button" variant="secondary" size="sm" disabled={goalMinor === null || !hasPrevious} onClick={() => split("proportional")}>
          In proportion to {previousPeriodKey}
        </Button>
        {goalMinor === null ? <span className="self-center text-sm text-slate-600">Set {goalName} first to split it.</span> : null}
      </div>
      <Table>
        <caption className="sr-only">
          {noun === "quota" ? "Each rep's" : "Each team's"} {noun} for {period}, its revenue in {previousPeriodKey} and the new amount
        </caption>
        <thead>
          <tr className="text-left text-slate-700">
            <Th>{noun === "quota" ? "Rep" : "Team"}</Th>
            <Th>Won in {previousPeriodKey}</Th>
            <Th>Current {noun}</Th>
            <Th>
              New {noun} ({currency})
            </Th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const bad = invalid.some((entry) => entry.id === line.id);
            return (
              <tr key={line.id} className="border-t border-slate-100" data-testid="allocation-line">
                <RowTh>
                  {line.name}
                  {line.detail ? <span className="block text-xs font-normal text-slate-600">{line.detail}</span> : null}
                </RowTh>
                <Td className="whitespace-nowrap">{formatMoney(line.previousPeriodMinor, currency)}</Td>
                <Td className="whitespace-nowrap">
                  {line.currentMinor === null ? <span className="text-slate-600">not set</span> : formatMoney(line.currentMinor, currency)}
                </Td>
                <Td>
                  <Input
                    id={`${formId}-${line.id}`}
                    type="number"
                    inputMode="decimal"
                    min="0"
                    step="any"
                    className="max-w-44"
                    aria-label={`New ${noun} for ${line.name}`}
                    aria-invalid={bad ? true : undefined}
                    value={amounts[line.id] ?? ""}
                    onChange={(event) => {
                      const value = event.target.value;
                      setAmounts((current) => ({ ...current, [line.id]: value }));
                      setMethod("manual");
                    }}
                  />
                </Td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300 font-medium">
            <RowTh>Allocated</RowTh>
            <Td />
            <Td />
            <Td className="whitespace-nowrap">{formatMoney(totalMinor, currency)}</Td>
          </tr>
        </tfoot>
      </Table>
      <p role="status" aria-live="polite" className="text-sm" data-testid="allocation-remainder">
        {remainder === null ? (
          <span className="text-slate-700">No goal set: nothing to allocate against.</span>
        ) : remainder < 0 ? (
          <span className="font-medium text-red-800">
            Over-allocated by {formatMoney(-remainder, currency)}: the {noun}s add up to more than {goalName} ({formatMoney(goalMinor ?? 0, currency)}).
          </span>
        ) : (
          <span className="text-slate-800">
            Unallocated: <strong>{formatMoney(remainder, currency)}</strong> of {goalName} ({formatMoney(goalMinor ?? 0, currency)}).
          </span>
        )}
      </p>
      {over ? (
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" className="mt-1" checked={confirm} onChange={(event) => setConfirm(event.target.checked)} />
          Allocate more than the goal anyway (recorded in the audit log)
        </label>
      ) : null}
      {invalid.length ? <Alert tone="error">Each amount must be a number, zero or more.</Alert> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.pending || invalid.length > 0} aria-busy={save.pending}>
          {save.pending ? "Saving…" : `Save ${noun}s`}
        </Button>
        <div aria-live="polite" className="text-sm">
          {save.result.ok === false ? <Alert tone="error">{save.result.message}</Alert> : null}
          {save.result.ok === true ? <Alert tone="success">Saved. The new {noun}s are in force; the earlier ones stay in the history.</Alert> : null}
        </div>
      </div>
    </form>
  );
}
