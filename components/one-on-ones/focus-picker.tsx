"use client";
import { useId, useState } from "react";
import { setFocusCompetencyAction } from "@/app/(app)/one-on-ones/actions";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** The coach overrides the engine's focus competency for this meeting. */
export function FocusPicker({ oneOnOneId, options, currentId }: { oneOnOneId: string; options: { id: string; name: string }[]; currentId: string | null }) {
  const selectId = useId();
  const errorId = useId();
  const [competencyId, setCompetencyId] = useState(currentId ?? "");
  const choose = useActionRunner(setFocusCompetencyAction);
  const error = choose.fieldError("competencyId") ?? (choose.result.ok === false ? choose.result.message : undefined);
  return (
    <form
      noValidate
      className="mt-3 flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        choose.run({ oneOnOneId, competencyId });
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor={selectId}>Focus competency</Label>
        <select id={selectId} className={selectClass} value={competencyId} onChange={(event) => setCompetencyId(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
          <option value="">Choose a competency…</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={choose.pending}>
        Set focus
      </Button>
      {error ? (
        <p id={errorId} className="w-full text-sm text-red-700">
          Focus competency: {error}
        </p>
      ) : null}
    </form>
  );
}
