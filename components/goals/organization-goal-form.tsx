"use client";
import { useId, useState } from "react";
import { setOrganizationGoalAction } from "@/app/(app)/org/goals/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** The VP's organization goal for a period; lowering it below what teams already hold needs a confirmation. */
export function OrganizationGoalForm({ period, currentMajor, currency }: { period: string; currentMajor: number | null; currency: string }) {
  const inputId = useId();
  const [amount, setAmount] = useState(currentMajor === null ? "" : String(currentMajor));
  const [confirm, setConfirm] = useState(false);
  const save = useActionRunner(setOrganizationGoalAction);
  const fieldError = save.fieldError("amount");
  const over = save.result.ok === false && save.result.message.startsWith("Over-allocated");
  return (
    <form
      noValidate
      aria-label="Organization goal"
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.run({ period, amount: amount.trim() === "" ? Number.NaN : Number(amount), confirmOverAllocation: confirm }, () => setConfirm(false));
      }}
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={inputId}>
            Organization goal for {period} ({currency})
          </Label>
          <Input
            id={inputId}
            type="number"
            inputMode="decimal"
            min="0"
            step="any"
            className="max-w-56"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${inputId}-error` : undefined}
          />
        </div>
        <Button type="submit" disabled={save.pending} aria-busy={save.pending}>
          {save.pending ? "Saving…" : "Save goal"}
        </Button>
      </div>
      {fieldError ? (
        <p id={`${inputId}-error`} className="text-sm text-red-700">
          Amount {fieldError}
        </p>
      ) : null}
      {over ? (
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" className="mt-1" checked={confirm} onChange={(event) => setConfirm(event.target.checked)} />
          Set it below what the teams already hold anyway (recorded in the audit log)
        </label>
      ) : null}
      <div aria-live="polite">
        {save.result.ok === false ? <Alert tone="error">{save.result.message}</Alert> : null}
        {save.result.ok === true ? <Alert tone="success">Goal saved. The earlier goal stays in the history.</Alert> : null}
      </div>
    </form>
  );
}
