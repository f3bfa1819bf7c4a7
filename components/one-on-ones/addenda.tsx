"use client";
import { useId, useState } from "react";
import { addAddendumAction } from "@/app/(app)/one-on-ones/actions";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { textareaClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** After completion the record is locked; coach or member append a dated addendum instead. */
export function AddAddendumForm({ oneOnOneId }: { oneOnOneId: string }) {
  const inputId = useId();
  const errorId = useId();
  const [body, setBody] = useState("");
  const add = useActionRunner(addAddendumAction);
  const error = add.fieldError("body") ?? (add.result.ok === false ? add.result.message : undefined);
  return (
    <form
      noValidate
      className="mt-3 flex flex-col gap-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        add.run({ oneOnOneId, body }, () => setBody(""));
      }}
    >
      <Label htmlFor={inputId}>Addendum</Label>
      <textarea id={inputId} className={textareaClass} rows={3} maxLength={5000} value={body} onChange={(event) => setBody(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} />
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          Addendum: {error}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" className="self-start" disabled={add.pending} aria-busy={add.pending}>
        Add addendum
      </Button>
    </form>
  );
}
