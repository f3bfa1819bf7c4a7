"use client";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { textareaClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner, type ServerAction } from "@/components/one-on-ones/use-action-runner";

export interface AssessmentPayload {
  subjectId: string;
  competencyId: string;
  source: "SELF" | "LEADER";
  score: number | "not_observed" | null;
  note: string;
}

/** Score one competency with its rubric in view: a level 1–5 (each with its description) or "not observed", and a note. */
export function AssessmentForm({
  action,
  subjectId,
  competency,
  source,
}: {
  action: ServerAction<AssessmentPayload, void>;
  subjectId: string;
  competency: { id: string; name: string; rubric: string[] };
  source: "SELF" | "LEADER";
}) {
  const ids = { group: useId(), note: useId(), scoreError: useId() };
  const [score, setScore] = useState<string>("");
  const [note, setNote] = useState("");
  const record = useActionRunner(action);
  const scoreError = record.fieldError("score");
  const noteError = record.fieldError("note");
  const formError = record.result.ok === false && !scoreError && !noteError ? record.result.message : null;
  const verb = source === "SELF" ? "Save my assessment" : "Save the score";
  return (
    <form
      aria-label={`${source === "SELF" ? "Assess yourself on" : "Score"} ${competency.name}`}
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        record.run(
          { subjectId, competencyId: competency.id, source, score: score === "" ? null : score === "not_observed" ? "not_observed" : Number(score), note },
          () => {
            setScore("");
            setNote("");
          },
        );
      }}
    >
      <fieldset aria-describedby={scoreError ? ids.scoreError : undefined}>
        <legend className="text-sm font-medium text-slate-800">Level for {competency.name}</legend>
        <div className="mt-2 flex flex-col gap-2">
          {competency.rubric.map((text, index) => (
            <label
              key={index}
              className="flex items-start gap-2 rounded-md border border-slate-200 p-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name={ids.group}
                value={String(index + 1)}
                checked={score === String(index + 1)}
                onChange={() => setScore(String(index + 1))}
                className="mt-0.5 h-4 w-4"
              />
              <span>
                <span className="font-semibold">{index + 1}</span> — {text || "No description"}
              </span>
            </label>
          ))}
          <label className="flex items-start gap-2 rounded-md border border-slate-200 p-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input
              type="radio"
              name={ids.group}
              value="not_observed"
              checked={score === "not_observed"}
              onChange={() => setScore("not_observed")}
              className="mt-0.5 h-4 w-4"
            />
            <span>
              <span className="font-semibold">Not observed</span> — no fair basis for a score yet
            </span>
          </label>
        </div>
        {scoreError ? (
          <p id={ids.scoreError} className="mt-1 text-sm text-red-700">
            Level: {scoreError}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-col gap-1">
        <Label htmlFor={ids.note}>Note</Label>
        <textarea
          id={ids.note}
          rows={3}
          maxLength={2000}
          className={textareaClass}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={noteError ? true : undefined}
          placeholder={source === "SELF" ? "What you did that shows this level" : "What you observed, and where"}
        />
        {noteError ? <p className="text-sm text-red-700">Note: {noteError}</p> : null}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={record.pending} aria-busy={record.pending}>
          {verb}
        </Button>
        <span role="status" className="text-sm text-slate-600">
          {record.result.ok === true && !record.pending ? "Saved." : ""}
        </span>
      </div>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
    </form>
  );
}
