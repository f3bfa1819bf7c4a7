"use client";
import { useId, useState } from "react";
import {
  addCoachingQuestionAction,
  createCompetencyAction,
  deleteCompetencyAction,
  removeCoachingQuestionAction,
  restoreCompetencyAction,
  retireCompetencyAction,
  updateCoachingQuestionAction,
  updateCompetencyAction,
} from "@/app/(app)/competencies/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { selectClass, textareaClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

type Kind = "REP" | "LEADER";
const LEVELS = [0, 1, 2, 3, 4] as const;

function FieldError({ id, label, message }: { id: string; label: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      {label}: {message}
    </p>
  );
}

/** ADMIN: a competency's name, description, lever and the five rubric levels; creates one when no `competency` is given. */
export function CompetencyForm({
  kind,
  levers,
  competency,
  onSaved,
}: {
  kind: Kind;
  levers: { key: string; label: string }[];
  competency?: { id: string; name: string; description: string; rubric: string[]; leverKey: string | null };
  onSaved?: () => void;
}) {
  const prefix = useId();
  const id = (field: string) => `${prefix}-${field}`;
  const [name, setName] = useState(competency?.name ?? "");
  const [description, setDescription] = useState(competency?.description ?? "");
  const [leverKey, setLeverKey] = useState(competency?.leverKey ?? "");
  const [rubric, setRubric] = useState<string[]>(competency?.rubric ?? ["", "", "", "", ""]);
  const create = useActionRunner(createCompetencyAction);
  const update = useActionRunner(updateCompetencyAction);
  const runner = competency ? update : create;
  const error = (field: string) => runner.fieldError(field);
  const known = ["name", "description", "leverKey", "rubric", ...LEVELS.map((level) => `rubric.${level}`)];
  const formError = runner.result.ok === false && !known.some((field) => error(field)) ? runner.result.message : null;
  const title = competency ? `Edit ${competency.name}` : kind === "REP" ? "New rep competency" : "New leader competency";
  return (
    <form
      aria-label={title}
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const fields = { name, description, rubric, leverKey: kind === "REP" ? leverKey : "" };
        if (competency) update.run({ competencyId: competency.id, ...fields }, () => onSaved?.());
        else
          create.run({ kind, ...fields }, () => {
            setName("");
            setDescription("");
            setLeverKey("");
            setRubric(["", "", "", "", ""]);
            onSaved?.();
          });
      }}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor={id("name")}>Name</Label>
          <Input
            id={id("name")}
            value={name}
            maxLength={80}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={error("name") ? true : undefined}
            aria-describedby={error("name") ? id("name-error") : undefined}
          />
          <FieldError id={id("name-error")} label="Name" message={error("name")} />
        </div>
        {kind === "REP" ? (
          <div className="flex flex-col gap-1">
            <Label htmlFor={id("lever")}>Lever it drives</Label>
            <select
              id={id("lever")}
              className={selectClass}
              value={leverKey}
              onChange={(event) => setLeverKey(event.target.value)}
              aria-invalid={error("leverKey") ? true : undefined}
              aria-describedby={error("leverKey") ? id("lever-error") : undefined}
            >
              <option value="">No lever (judgement only)</option>
              {levers.map((lever) => (
                <option key={lever.key} value={lever.key}>
                  {lever.label}
                </option>
              ))}
            </select>
            <FieldError id={id("lever-error")} label="Lever" message={error("leverKey")} />
          </div>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={id("description")}>Description</Label>
        <textarea
          id={id("description")}
          rows={3}
          maxLength={1000}
          className={textareaClass}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          aria-invalid={error("description") ? true : undefined}
          aria-describedby={error("description") ? id("description-error") : undefined}
        />
        <FieldError id={id("description-error")} label="Description" message={error("description")} />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">Rubric, level 1 (lowest) to 5</legend>
        {LEVELS.map((level) => {
          const message = error(`rubric.${level}`);
          return (
            <div key={level} className="flex flex-col gap-1">
              <Label htmlFor={id(`level-${level}`)}>Level {level + 1}</Label>
              <textarea
                id={id(`level-${level}`)}
                rows={2}
                maxLength={600}
                className={textareaClass}
                value={rubric[level] ?? ""}
                onChange={(event) => setRubric((current) => current.map((text, index) => (index === level ? event.target.value : text)))}
                aria-invalid={message ? true : undefined}
                aria-describedby={message ? id(`level-${level}-error`) : undefined}
              />
              {message ? (
                <p id={id(`level-${level}-error`)} className="text-sm text-red-700">
                  {message.startsWith("Level") ? message : `Level ${level + 1}: ${message}`}
                </p>
              ) : null}
            </div>
          );
        })}
        <FieldError id={id("rubric-error")} label="Rubric" message={error("rubric")} />
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={runner.pending} aria-busy={runner.pending}>
          {competency ? "Save changes" : "Add competency"}
        </Button>
        <span role="status" className="text-sm text-slate-600">
          {runner.result.ok === true && !runner.pending ? (competency ? "Saved." : "Added.") : ""}
        </span>
      </div>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
    </form>
  );
}

/** ADMIN: retire or restore a competency; delete one only while nothing refers to it, and say why not otherwise. */
export function CompetencyLifecycle({ competency }: { competency: { id: string; name: string; retiredAt: string | null; historyText: string | null } }) {
  const explanationId = useId();
  const [confirming, setConfirming] = useState(false);
  const retire = useActionRunner(retireCompetencyAction);
  const restore = useActionRunner(restoreCompetencyAction);
  const remove = useActionRunner(deleteCompetencyAction);
  const error = [retire, restore, remove].map((runner) => (runner.result.ok === false ? runner.result.message : null)).find(Boolean) ?? null;
  const blocked = competency.historyText !== null;
  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label={`Retire or delete ${competency.name}`} className="flex flex-wrap items-center gap-2">
        {competency.retiredAt ? (
          <Button type="button" variant="secondary" size="sm" disabled={restore.pending} onClick={() => restore.run({ competencyId: competency.id })}>
            Restore {competency.name}
          </Button>
        ) : (
          <Button type="button" variant="secondary" size="sm" disabled={retire.pending} onClick={() => retire.run({ competencyId: competency.id })}>
            Retire {competency.name}
          </Button>
        )}
        {confirming && !blocked ? (
          <>
            <span className="text-sm text-slate-700">Delete {competency.name} and its coaching questions for good?</span>
            <Button type="button" variant="danger" size="sm" disabled={remove.pending} onClick={() => remove.run({ competencyId: competency.id })}>
              Yes, delete
            </Button>
            <Button type="button" variant="ghost" size="sm" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </>
        ) : (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            aria-disabled={blocked ? true : undefined}
            aria-describedby={blocked ? explanationId : undefined}
            className={blocked ? "cursor-not-allowed text-slate-500 hover:bg-transparent" : undefined}
            onClick={() => (blocked ? undefined : setConfirming(true))}
          >
            Delete {competency.name}
          </Button>
        )}
      </div>
      {blocked ? (
        <p id={explanationId} className="text-sm text-slate-600">
          Cannot be deleted: it has history ({competency.historyText}). Retire it instead — it leaves new assessments, plans and one-on-ones, and its history
          keeps its meaning.
        </p>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}

function QuestionRow({ question, index }: { question: { id: string; text: string }; index: number }) {
  const inputId = useId();
  const [text, setText] = useState(question.text);
  const save = useActionRunner(updateCoachingQuestionAction);
  const remove = useActionRunner(removeCoachingQuestionAction);
  const error = save.fieldError("text")
    ? `Question: ${save.fieldError("text")}`
    : [save, remove].map((runner) => (runner.result.ok === false ? runner.result.message : null)).find(Boolean);
  return (
    <li className="flex flex-col gap-1 py-2">
      <form
        noValidate
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          save.run({ questionId: question.id, text });
        }}
      >
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <Label htmlFor={inputId} className="text-xs">
            Question {index + 1}
          </Label>
          <Input
            id={inputId}
            value={text}
            maxLength={300}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={save.fieldError("text") ? true : undefined}
          />
        </div>
        <Button type="submit" size="sm" variant="secondary" disabled={save.pending || text === question.text}>
          Save
        </Button>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          disabled={remove.pending}
          onClick={() => remove.run({ questionId: question.id })}
          aria-label={`Remove question ${index + 1}`}
        >
          Remove
        </Button>
      </form>
      {error ? <p className="text-sm text-red-700">{error}</p> : null}
    </li>
  );
}

/** ADMIN: the coaching questions a one-on-one on this competency asks (the first few, in order). */
export function QuestionBankEditor({ competency }: { competency: { id: string; name: string; questions: { id: string; text: string }[] } }) {
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState("");
  const add = useActionRunner(addCoachingQuestionAction);
  const error = add.result.ok === false ? (add.fieldError("text") ? `New question: ${add.fieldError("text")}` : add.result.message) : null;
  return (
    <div className="flex flex-col gap-2">
      {competency.questions.length ? (
        <ol aria-label={`Coaching questions for ${competency.name}`} className="divide-y divide-slate-100">
          {competency.questions.map((question, index) => (
            <QuestionRow key={question.id} question={question} index={index} />
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-600">No coaching questions yet.</p>
      )}
      <form
        noValidate
        aria-label={`Add a coaching question to ${competency.name}`}
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          add.run({ competencyId: competency.id, text }, () => setText(""));
        }}
      >
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <Label htmlFor={inputId}>New question</Label>
          <Input
            id={inputId}
            value={text}
            maxLength={300}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            placeholder="An open question that makes the rep think, not a yes/no"
          />
        </div>
        <Button type="submit" variant="secondary" disabled={add.pending} aria-busy={add.pending}>
          Add question
        </Button>
        {error ? (
          <p id={errorId} role="alert" className="w-full text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </form>
    </div>
  );
}
