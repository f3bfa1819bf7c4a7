"use client";
import { useState } from "react";
import { retractBenchmarkAction, setBenchmarkAction } from "@/app/(app)/org/benchmarks/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useFormAction } from "@/components/ui/use-form-action";

const selectClass = "h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm";

export function BenchmarkForm({
  levers,
  teams,
  today,
  currency,
}: {
  levers: { key: string; label: string; kind: string }[];
  teams: { id: string; name: string }[];
  today: string;
  currency: string;
}) {
  // Submitted from onSubmit, so a refused value leaves scope, lever, target and date as typed.
  const { state, pending, submit, fieldError } = useFormAction(setBenchmarkAction);
  const [lever, setLever] = useState(levers[1]?.key ?? levers[0]?.key ?? "");
  const kind = levers.find((entry) => entry.key === lever)?.kind;
  const unit = kind === "ratio" ? "%" : kind === "volume" ? "per working day" : currency;
  const valueError = fieldError("value");
  return (
    <form noValidate onSubmit={submit} className="grid gap-4 md:grid-cols-5 md:items-end" aria-label="Set a benchmark">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="benchmark-scope">Applies to</Label>
        <select id="benchmark-scope" name="scope" className={selectClass} defaultValue="organization">
          <option value="organization">Whole organization</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="benchmark-lever">Lever</Label>
        <select id="benchmark-lever" name="lever" className={selectClass} value={lever} onChange={(event) => setLever(event.target.value)}>
          {levers.map((entry) => (
            <option key={entry.key} value={entry.key}>
              {entry.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="benchmark-value">Target ({unit})</Label>
        <Input
          id="benchmark-value"
          name="value"
          type="number"
          step="any"
          min="0"
          max={kind === "ratio" ? 100 : undefined}
          required
          aria-invalid={valueError ? true : undefined}
          aria-describedby={valueError ? "benchmark-value-error" : undefined}
        />
        {valueError ? (
          <p id="benchmark-value-error" className="text-sm text-red-700">
            {valueError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="benchmark-effective">Effective from</Label>
        <Input id="benchmark-effective" name="effectiveFrom" type="date" defaultValue={today} required />
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Saving…" : "Set benchmark"}
      </Button>
      <div className="md:col-span-5" aria-live="polite">
        {state.ok === false && !valueError ? <Alert tone="error">{state.message}</Alert> : null}
        {state.ok === true ? <Alert tone="success">Benchmark saved. Teams without their own benchmark use the organization&apos;s.</Alert> : null}
      </div>
    </form>
  );
}

/** Withdraws one benchmark of the history (audited); what was in force before it applies again. */
export function RetractBenchmarkButton({ benchmarkId, description }: { benchmarkId: string; description: string }) {
  const { state, pending, submit } = useFormAction(retractBenchmarkAction);
  return (
    <form noValidate onSubmit={submit} aria-label={`Retract ${description}`}>
      <input type="hidden" name="benchmarkId" value={benchmarkId} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-busy={pending}>
        {pending ? "Retracting…" : "Retract"}
      </Button>
      {state.ok === false ? (
        <p className="mt-1 text-xs text-red-700" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
