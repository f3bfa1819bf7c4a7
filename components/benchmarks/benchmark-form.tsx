"use client";
import { useActionState, useState } from "react";
import { setBenchmarkAction } from "@/app/(app)/org/benchmarks/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ActionState } from "@/lib/server/action";

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
  const [state, action, pending] = useActionState<ActionState<void>, FormData>(setBenchmarkAction, { ok: null });
  const [lever, setLever] = useState(levers[1]?.key ?? levers[0]?.key ?? "");
  const kind = levers.find((entry) => entry.key === lever)?.kind;
  const unit = kind === "ratio" ? "%" : kind === "volume" ? "per working day" : currency;
  const error = (field: string) => (state.ok === false ? state.fieldErrors?.[field]?.[0] : undefined);
  return (
    <form action={action} className="grid gap-4 md:grid-cols-5 md:items-end" aria-label="Set a benchmark">
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
          required
          aria-invalid={error("value") ? true : undefined}
          aria-describedby={error("value") ? "benchmark-value-error" : undefined}
        />
        {error("value") ? (
          <p id="benchmark-value-error" className="text-sm text-red-700">
            {error("value")}
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
        {state.ok === false ? <Alert tone="error">{state.message}</Alert> : null}
        {state.ok === true ? <Alert tone="success">Benchmark saved. Teams without their own benchmark use the organization&apos;s.</Alert> : null}
      </div>
    </form>
  );
}
