"use client";
import { useId, useState } from "react";
import { saveGroupSessionNotesAction } from "@/app/(app)/group-sessions/actions";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { textareaClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** The shared notes: coach and attendees type here; a save on an older version is refused with a message to merge. */
export function GroupSessionNotes({ groupSessionId, initial }: { groupSessionId: string; initial: { body: string; version: number } }) {
  const id = useId();
  const [body, setBody] = useState(initial.body);
  const [version, setVersion] = useState(initial.version);
  const save = useActionRunner(saveGroupSessionNotesAction);
  const error = save.fieldError("body") ?? (save.result.ok === false ? save.result.message : undefined);
  return (
    <form
      noValidate
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        save.run({ groupSessionId, body, version }, (saved) => {
          if (saved) setVersion(saved.version);
        });
      }}
    >
      <Label htmlFor={id}>Shared notes</Label>
      <textarea id={id} rows={6} className={textareaClass} value={body} onChange={(event) => setBody(event.target.value)} aria-invalid={error ? true : undefined} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={save.pending}>
          Save notes
        </Button>
        <p role="status" className="text-sm">
          {error ? <span className="text-red-700">Notes: {error}</span> : save.result.ok ? <span className="text-emerald-800">Notes saved.</span> : null}
        </p>
      </div>
    </form>
  );
}
