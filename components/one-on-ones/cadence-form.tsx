"use client";
import { useId, useState } from "react";
import { setCadenceAction } from "@/app/(app)/one-on-ones/actions";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { CADENCE_LABEL } from "@/components/one-on-ones/labels";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

type Cadence = keyof typeof CADENCE_LABEL;
const isCadence = (value: string): value is Cadence => value in CADENCE_LABEL;

/** A manager's cadence with their reps; reps past it are flagged on the team dashboard. */
export function CadenceForm({ current, isOrganizationDefault }: { current: Cadence; isOrganizationDefault: boolean }) {
  const selectId = useId();
  const [cadence, setCadence] = useState<Cadence>(current);
  const save = useActionRunner(setCadenceAction);
  const error = save.fieldError("cadence") ?? (save.result.ok === false ? save.result.message : undefined);
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        save.run({ cadence });
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor={selectId}>Cadence with each rep</Label>
        <select id={selectId} className={selectClass} value={cadence} onChange={(event) => isCadence(event.target.value) && setCadence(event.target.value)} aria-invalid={error ? true : undefined}>
          {(Object.keys(CADENCE_LABEL) as Cadence[]).map((key) => (
            <option key={key} value={key}>
              {CADENCE_LABEL[key]}
              {isOrganizationDefault && key === current ? " (organization default)" : ""}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={save.pending}>
        Save cadence
      </Button>
      <p role="status" className="w-full text-sm">
        {error ? <span className="text-red-700">Cadence: {error}</span> : save.result.ok ? <span className="text-emerald-800">Cadence saved.</span> : null}
      </p>
    </form>
  );
}
