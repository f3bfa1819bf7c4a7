"use client";
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { createSalesPlayAction, restoreSalesPlayAction, retireSalesPlayAction, updateSalesPlayAction } from "@/app/(app)/playbook/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { selectClass, textareaClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

export interface EditablePlay {
  id: string;
  title: string;
  competency: { id: string };
  whenToUse: string;
  steps: string[];
  talkTrack: string;
}

/** MANAGER, VP, ADMIN: write a sales play, or edit one; steps are one per line. */
export function SalesPlayForm({
  competencies,
  play,
  defaultCompetencyId,
}: {
  competencies: { id: string; name: string }[];
  play?: EditablePlay;
  defaultCompetencyId?: string;
}) {
  const router = useRouter();
  const prefix = useId();
  const id = (field: string) => `${prefix}-${field}`;
  const [competencyId, setCompetencyId] = useState(play?.competency.id ?? defaultCompetencyId ?? "");
  const [title, setTitle] = useState(play?.title ?? "");
  const [whenToUse, setWhenToUse] = useState(play?.whenToUse ?? "");
  const [steps, setSteps] = useState(play?.steps.join("\n") ?? "");
  const [talkTrack, setTalkTrack] = useState(play?.talkTrack ?? "");
  const create = useActionRunner(createSalesPlayAction);
  const update = useActionRunner(updateSalesPlayAction);
  const runner = play ? update : create;
  const error = (field: string) => runner.fieldError(field);
  const fields = ["competencyId", "title", "whenToUse", "steps", "talkTrack"];
  const formError = runner.result.ok === false && !fields.some((field) => error(field)) ? runner.result.message : null;
  const describe = (field: string) => (error(field) ? id(`${field}-error`) : undefined);
  const fieldError = (field: string, label: string) =>
    error(field) ? (
      <p id={id(`${field}-error`)} className="text-sm text-red-700">
        {label}: {error(field)}
      </p>
    ) : null;
  return (
    <form
      aria-label={play ? `Edit ${play.title}` : "New sales play"}
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const input = { competencyId, title, whenToUse, steps: steps.split(/\r?\n/), talkTrack };
        if (play) update.run({ salesPlayId: play.id, ...input });
        else
          create.run(input, (data) => {
            setTitle("");
            setWhenToUse("");
            setSteps("");
            setTalkTrack("");
            if (data?.id) router.push(`/playbook#${data.id}`);
          });
      }}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor={id("title")}>Title</Label>
          <Input
            id={id("title")}
            value={title}
            maxLength={120}
            onChange={(event) => setTitle(event.target.value)}
            aria-invalid={error("title") ? true : undefined}
            aria-describedby={describe("title")}
          />
          {fieldError("title", "Title")}
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={id("competency")}>Competency</Label>
          <select
            id={id("competency")}
            className={selectClass}
            value={competencyId}
            onChange={(event) => setCompetencyId(event.target.value)}
            aria-invalid={error("competencyId") ? true : undefined}
            aria-describedby={describe("competencyId")}
          >
            <option value="">Choose a competency…</option>
            {competencies.map((competency) => (
              <option key={competency.id} value={competency.id}>
                {competency.name}
              </option>
            ))}
          </select>
          {fieldError("competencyId", "Competency")}
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={id("when")}>When to use</Label>
        <textarea
          id={id("when")}
          rows={2}
          maxLength={600}
          className={textareaClass}
          value={whenToUse}
          onChange={(event) => setWhenToUse(event.target.value)}
          aria-invalid={error("whenToUse") ? true : undefined}
          aria-describedby={describe("whenToUse")}
        />
        {fieldError("whenToUse", "When to use")}
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={id("steps")}>Steps (one per line)</Label>
        <textarea
          id={id("steps")}
          rows={5}
          className={textareaClass}
          value={steps}
          onChange={(event) => setSteps(event.target.value)}
          aria-invalid={error("steps") ? true : undefined}
          aria-describedby={describe("steps")}
        />
        {fieldError("steps", "Steps")}
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={id("talk-track")}>Example talk track</Label>
        <textarea
          id={id("talk-track")}
          rows={3}
          maxLength={3000}
          className={textareaClass}
          value={talkTrack}
          onChange={(event) => setTalkTrack(event.target.value)}
          aria-invalid={error("talkTrack") ? true : undefined}
          aria-describedby={describe("talkTrack")}
        />
        {fieldError("talkTrack", "Talk track")}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={runner.pending} aria-busy={runner.pending}>
          {play ? "Save changes" : "Add sales play"}
        </Button>
        <span role="status" className="text-sm text-slate-600">
          {runner.result.ok === true && !runner.pending ? (play ? "Saved." : "Added.") : ""}
        </span>
      </div>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
    </form>
  );
}

/** VP, ADMIN: take a play out of the playbook (plans keep it), or put it back. */
export function SalesPlayRetireButton({ play, retired }: { play: { id: string; title: string }; retired: boolean }) {
  const retire = useActionRunner(retireSalesPlayAction);
  const restore = useActionRunner(restoreSalesPlayAction);
  const runner = retired ? restore : retire;
  return (
    <div className="flex flex-col gap-1">
      <Button type="button" size="sm" variant="secondary" disabled={runner.pending} onClick={() => runner.run({ salesPlayId: play.id })}>
        {retired ? `Restore ${play.title}` : `Retire ${play.title}`}
      </Button>
      {runner.result.ok === false ? <p className="text-sm text-red-700">{runner.result.message}</p> : null}
    </div>
  );
}
