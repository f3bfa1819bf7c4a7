"use client";
import { useEffect, useId, useRef } from "react";
import { addFunnelStageAction, deleteFunnelStageAction, mergeFunnelStageAction, moveFunnelStageAction, renameFunnelStageAction } from "@/app/(app)/settings/funnel/actions";
import { Button, buttonVariants } from "@/components/ui/button";
import { ActionOutcome, SelectField, TextField } from "@/components/settings/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { formatCount } from "@/lib/format";

export interface EditorStage {
  id: string;
  key: string;
  label: string;
  activityRows: number;
  competencies: string[];
  benchmarks: number;
}


/** ADMIN: the funnel's stages in order; every control is a button or a field, so it all works from the keyboard. */
export function FunnelEditor({ stages }: { stages: EditorStage[] }) {
  return (
    <div className="flex flex-col gap-6">
      <ol aria-label="Funnel stages" className="flex flex-col gap-3">
        {stages.map((stage, index) => (
          <li key={stage.id}>
            <StageCard stage={stage} position={index + 1} count={stages.length} others={stages.filter((other) => other.id !== stage.id)} />
          </li>
        ))}
      </ol>
      <AddStageForm stages={stages} />
    </div>
  );
}

function StageCard({ stage, position, count, others }: { stage: EditorStage; position: number; count: number; others: EditorStage[] }) {
  const id = useId();
  const rename = useFormAction(renameFunnelStageAction);
  const move = useFormAction(moveFunnelStageAction);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const lastMove = useRef<"up" | "down">("up");
  // Moving re-orders the list; keep the keyboard where it was.
  useEffect(() => {
    if (move.state.ok !== true) return;
    const preferred = lastMove.current === "up" ? upRef.current : downRef.current;
    const fallback = lastMove.current === "up" ? downRef.current : upRef.current;
    (preferred && !preferred.disabled ? preferred : fallback)?.focus();
  }, [move.state]);
  const used = [...stage.competencies.map((name) => `competency ${name}`), ...(stage.benchmarks ? [formatCount(stage.benchmarks, "benchmark")] : [])];
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-md border border-slate-200 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${id}-title`} className="font-semibold text-slate-900">
          {position}. {stage.label}
        </h3>
        <p className="text-xs text-slate-600">
          Key <code className="rounded bg-slate-100 px-1">{stage.key}</code> · {formatCount(stage.activityRows, "activity row")}
          {used.length ? ` · used by ${used.join(", ")}` : ""}
        </p>
      </div>
      <div className="mt-3 flex flex-wrap items-start gap-4">
        <form noValidate onSubmit={rename.submit} aria-label={`Rename ${stage.label}`} className="flex flex-col gap-1">
          <input type="hidden" name="stageId" value={stage.id} />
          <div className="flex items-start gap-2">
            <TextField id={`${id}-label`} name="label" label={`Label of ${stage.label}`} labelHidden defaultValue={stage.label} maxLength={60} required autoComplete="off" error={rename.fieldError("label")} wrapperClassName="min-w-56" />
            <Button type="submit" size="sm" variant="secondary" className="mt-1" disabled={rename.pending} aria-busy={rename.pending} aria-label={`Save label of ${stage.label}`}>
              {rename.pending ? "Saving…" : "Rename"}
            </Button>
          </div>
          <ActionOutcome state={rename.state} success={rename.state.ok === true ? "Label saved; the key stays." : null} className="text-xs" />
        </form>
        <form noValidate onSubmit={move.submit} aria-label={`Move ${stage.label}`} className="flex flex-col gap-1">
          <input type="hidden" name="stageId" value={stage.id} />
          <div className="mt-1 flex gap-2">
            <button ref={upRef} type="submit" name="direction" value="up" onClick={() => (lastMove.current = "up")} className={buttonVariants({ size: "sm", variant: "ghost" })} disabled={position === 1 || move.pending} aria-label={`Move ${stage.label} up`}>
              Move up
            </button>
            <button ref={downRef} type="submit" name="direction" value="down" onClick={() => (lastMove.current = "down")} className={buttonVariants({ size: "sm", variant: "ghost" })} disabled={position === count || move.pending} aria-label={`Move ${stage.label} down`}>
              Move down
            </button>
          </div>
          <ActionOutcome state={move.state} success={move.state.ok === true ? `${stage.label} is now stage ${position} of ${count}.` : null} className="text-xs" />
        </form>
      </div>
      {count > 2 ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">Delete or merge {stage.label}…</summary>
          <div className="mt-3 flex flex-col gap-4">
            {stage.activityRows === 0 && used.length === 0 ? (
              <DeleteStageForm stage={stage} />
            ) : (
              <p className="text-sm text-slate-700">
                {stage.label} cannot simply be deleted: {stage.activityRows ? `it holds ${formatCount(stage.activityRows, "activity row")}` : "no activity yet"}
                {used.length ? `, and its ratios are used by ${used.join(", ")}` : ""}. Merge it into another stage instead.
              </p>
            )}
            <MergeStageForm stage={stage} others={others} used={used} />
          </div>
        </details>
      ) : null}
    </section>
  );
}

function DeleteStageForm({ stage }: { stage: EditorStage }) {
  const remove = useFormAction(deleteFunnelStageAction);
  return (
    <form noValidate onSubmit={remove.submit} aria-label={`Delete ${stage.label}`} className="flex flex-col gap-2">
      <input type="hidden" name="stageId" value={stage.id} />
      <p className="text-sm text-slate-700">No activity and no competency or benchmark uses this stage, so it can be deleted.</p>
      <div>
        <Button type="submit" size="sm" variant="danger" disabled={remove.pending} aria-busy={remove.pending}>
          {remove.pending ? "Deleting…" : `Delete ${stage.label}`}
        </Button>
      </div>
      <ActionOutcome state={remove.state} />
    </form>
  );
}

function MergeStageForm({ stage, others, used }: { stage: EditorStage; others: EditorStage[]; used: string[] }) {
  const id = useId();
  const merge = useFormAction<{ movedRows: number; droppedBenchmarks: number; clearedCompetencies: string[] }>(mergeFunnelStageAction);
  return (
    <form noValidate onSubmit={merge.submit} aria-label={`Merge ${stage.label} into another stage`} className="flex flex-col gap-3 rounded-md border border-amber-200 bg-amber-50 p-3">
      <input type="hidden" name="stageId" value={stage.id} />
      <SelectField id={`${id}-target`} name="targetStageId" label={`Merge ${stage.label} into`} defaultValue="" error={merge.fieldError("targetStageId")} wrapperClassName="max-w-sm">
        <option value="">Choose a stage</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.label}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-col gap-1">
        <div className="flex items-start gap-2">
          <input id={`${id}-confirm`} name="confirm" type="checkbox" className="mt-1 h-4 w-4" aria-invalid={merge.fieldError("confirm") ? true : undefined} aria-describedby={merge.fieldError("confirm") ? `${id}-confirm-error` : undefined} />
          <label htmlFor={`${id}-confirm`} className="text-sm text-slate-800">
            I understand: each rep&apos;s daily {stage.label} counts are added to the chosen stage
            {used.length ? `, ${used.join(" and ")} lose ${used.length === 1 ? "its" : "their"} tie to this stage's ratios (benchmarks are deleted, competencies keep everything but the ratio)` : ""}, and {stage.label} is removed. This cannot be undone.
          </label>
        </div>
        {merge.fieldError("confirm") ? (
          <p id={`${id}-confirm-error`} className="text-sm text-red-700">
            Tick the box to confirm the merge
          </p>
        ) : null}
      </div>
      <div>
        <Button type="submit" size="sm" variant="danger" disabled={merge.pending} aria-busy={merge.pending}>
          {merge.pending ? "Merging…" : `Merge and remove ${stage.label}`}
        </Button>
      </div>
      <ActionOutcome state={merge.state} />
    </form>
  );
}

function AddStageForm({ stages }: { stages: EditorStage[] }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const add = useFormAction<{ key: string; label: string }>(addFunnelStageAction);
  useEffect(() => {
    if (add.state.ok === true) formRef.current?.reset();
  }, [add.state]);
  // By default a new stage goes before the last one, which is where deals are won.
  const beforeLast = stages.length >= 2 ? stages[stages.length - 2]?.id : undefined;
  return (
    <form ref={formRef} noValidate aria-label="Add a stage" onSubmit={add.submit} className="grid gap-4 rounded-md border border-dashed border-slate-300 p-4 md:grid-cols-[1fr_1fr_auto] md:items-start">
      <TextField id={`${id}-label`} name="label" label="New stage" maxLength={60} required autoComplete="off" hint="The key is made from this label once and never changes." error={add.fieldError("label")} />
      <SelectField id={`${id}-after`} name="after" label="Place it" defaultValue={beforeLast ?? ""} error={add.fieldError("after")}>
        <option value="start">At the start</option>
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            After {stage.label}
          </option>
        ))}
      </SelectField>
      <div className="md:pt-6">
        <Button type="submit" disabled={add.pending} aria-busy={add.pending}>
          {add.pending ? "Adding…" : "Add stage"}
        </Button>
      </div>
      <ActionOutcome state={add.state} success={add.state.ok === true ? `Added ${add.state.data?.label ?? "the stage"} with key ${add.state.data?.key ?? ""}.` : null} className="md:col-span-3" />
    </form>
  );
}
