"use client";
import { useId, useState } from "react";
import { addGroupCommitmentAction } from "@/app/(app)/group-sessions/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** The coach writes one attendee's commitment; it then follows the rep to their next one-on-one. */
export function GroupCommitmentForm({ groupSessionId, rep, defaultDueOn, minDueOn }: { groupSessionId: string; rep: { id: string; name: string }; defaultDueOn: string; minDueOn: string }) {
  const ids = { text: useId(), due: useId() };
  const [text, setText] = useState("");
  const [dueOn, setDueOn] = useState(defaultDueOn);
  const add = useActionRunner(addGroupCommitmentAction);
  const error = add.fieldError("text") ?? add.fieldError("dueOn") ?? (add.result.ok === false ? add.result.message : undefined);
  return (
    <form
      noValidate
      aria-label={`Commitment for ${rep.name}`}
      className="grid gap-2 sm:grid-cols-[1fr_auto_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        add.run({ groupSessionId, repId: rep.id, text, dueOn }, () => setText(""));
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor={ids.text}>Commitment for {rep.name}</Label>
        <Input id={ids.text} value={text} onChange={(event) => setText(event.target.value)} aria-invalid={error ? true : undefined} />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={ids.due}>Due</Label>
        <Input id={ids.due} type="date" min={minDueOn} value={dueOn} onChange={(event) => setDueOn(event.target.value)} />
      </div>
      <Button type="submit" variant="secondary" disabled={add.pending}>
        Add
      </Button>
      <p role="status" className="text-sm sm:col-span-3">
        {error ? <span className="text-red-700">{error}</span> : null}
      </p>
    </form>
  );
}
