"use client";
import { useId, useState } from "react";
import { setCoachingCapacityAction } from "@/app/(app)/team/[teamId]/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** The manager's weekly coaching capacity; the proposal above is recomputed from it. */
export function CapacityForm({ current }: { current: number | null }) {
  const inputId = useId();
  const errorId = useId();
  const [value, setValue] = useState(current === null ? "" : String(current));
  const save = useActionRunner(setCoachingCapacityAction);
  const error = save.fieldError("capacityMinutes") ?? (save.result.ok === false ? save.result.message : undefined);
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        save.run({ capacityMinutes: value });
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor={inputId}>Coaching minutes per week</Label>
        <Input
          id={inputId}
          name="capacityMinutes"
          inputMode="numeric"
          className="w-32"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={save.pending}>
        Save capacity
      </Button>
      <p role="status" id={errorId} className="w-full text-sm">
        {error ? <span className="text-red-700">Capacity: {error}</span> : save.result.ok ? <span className="text-emerald-800">Capacity saved.</span> : null}
      </p>
    </form>
  );
}
