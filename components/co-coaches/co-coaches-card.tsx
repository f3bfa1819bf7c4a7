"use client";
import { useId, useState } from "react";
import { addCoCoachAction, removeCoCoachAction } from "@/app/(app)/reps/[repId]/actions";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";
import type { CoCoachList } from "@/lib/server/co-coaches/list-co-coaches";

/** A rep's co-coaches: who else may hold one-on-ones with them; the rep's manager or the VP changes the list. */
export function CoCoachesCard({ list }: { list: CoCoachList }) {
  const selectId = useId();
  const [coachId, setCoachId] = useState(list.candidates[0]?.id ?? "");
  const add = useActionRunner(addCoCoachAction);
  const remove = useActionRunner(removeCoCoachAction);
  const error = add.fieldError("coachId") ?? (add.result.ok === false ? add.result.message : undefined) ?? (remove.result.ok === false ? remove.result.message : undefined);
  return (
    <Card data-testid="co-coaches">
      <CardHeader>
        <CardTitle>Co-coaches</CardTitle>
        <CardDescription>A co-coach prepares and runs their own one-on-ones with this rep and reads the shared notes of the others, never another coach&apos;s private notes.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {list.coCoaches.length === 0 ? (
          <p className="text-sm text-slate-600">No co-coach.</p>
        ) : (
          <ul aria-label="Co-coaches" className="flex flex-col gap-2 text-sm">
            {list.coCoaches.map((coach) => (
              <li key={coach.id} className="flex flex-wrap items-center gap-2">
                <span>{coach.name}</span>
                {list.canAssign ? (
                  <Button type="button" variant="secondary" size="sm" disabled={remove.pending} onClick={() => remove.run({ repId: list.repId, coachId: coach.id })} aria-label={`Remove ${coach.name} as co-coach`}>
                    Remove
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {list.canAssign && list.candidates.length > 0 ? (
          <form
            noValidate
            className="flex flex-wrap items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              add.run({ repId: list.repId, coachId });
            }}
          >
            <div className="flex flex-col gap-1">
              <Label htmlFor={selectId}>Add a co-coach</Label>
              <select id={selectId} className={selectClass} value={coachId} onChange={(event) => setCoachId(event.target.value)}>
                {list.candidates.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" variant="secondary" disabled={add.pending}>
              Add co-coach
            </Button>
          </form>
        ) : null}
        <p role="status" className="text-sm">
          {error ? <span className="text-red-700">{error}</span> : add.result.ok || remove.result.ok ? <span className="text-emerald-800">Co-coaches saved.</span> : null}
        </p>
      </CardContent>
    </Card>
  );
}
