"use client";
import { useId, useState } from "react";
import { updateAgendaTemplateAction } from "@/app/(app)/settings/agenda/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { selectClass, textareaClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";
import { AGENDA_SECTIONS, SECTION_NAMES } from "@/lib/validation/one-on-one-terms";
import type { AgendaTemplateSection } from "@/lib/validation/one-on-ones";

type Row = AgendaTemplateSection & { key: number };
type SectionKind = AgendaTemplateSection["section"];

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const isSectionKind = (value: string): value is SectionKind => (AGENDA_SECTIONS as readonly string[]).includes(value);

/** ADMIN: the ordered sections of one agenda template; keyboard-usable (move buttons instead of drag and drop). */
export function AgendaTemplateEditor({ kind, initialSections }: { kind: "REP" | "LEADER"; initialSections: AgendaTemplateSection[] }) {
  const baseId = useId();
  const [rows, setRows] = useState<Row[]>(() => initialSections.map((section, index) => ({ ...section, key: index })));
  const [nextKey, setNextKey] = useState(initialSections.length);
  const save = useActionRunner(updateAgendaTemplateAction);
  const fieldError = (index: number, field: string) => save.fieldError(`sections.${index}.${field}`);
  const listError = save.fieldError("sections");
  const formError = save.result.ok === false && !listError && !Object.keys(save.result.fieldErrors ?? {}).length ? save.result.message : null;

  const update = (key: number, change: Partial<AgendaTemplateSection>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });

  return (
    <form
      noValidate
      aria-label={kind === "REP" ? "Manager with rep agenda" : "VP with manager agenda"}
      onSubmit={(event) => {
        event.preventDefault();
        save.run({ kind, sections: rows.map(({ section, title, prompt }) => ({ section, title, prompt })) });
      }}
      className="flex flex-col gap-4"
    >
      <ol className="flex flex-col gap-3">
        {rows.map((row, index) => {
          const id = `${baseId}-${row.key}`;
          const errors = { section: fieldError(index, "section"), title: fieldError(index, "title"), prompt: fieldError(index, "prompt") };
          return (
            <li key={row.key}>
              <fieldset className="rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-semibold text-slate-800">
                  Section {index + 1}
                  {row.title ? `: ${row.title}` : ""}
                </legend>
                <div className="grid gap-3 sm:grid-cols-[14rem_1fr]">
                  <div className="flex flex-col gap-1">
                    <Label htmlFor={`${id}-section`}>Kind</Label>
                    <select id={`${id}-section`} className={selectClass} value={row.section} onChange={(event) => isSectionKind(event.target.value) && update(row.key, { section: event.target.value })} aria-invalid={errors.section ? true : undefined}>
                      {AGENDA_SECTIONS.map((section) => (
                        <option key={section} value={section}>
                          {capitalized(SECTION_NAMES[section])}
                        </option>
                      ))}
                    </select>
                    {errors.section ? <p className="text-sm text-red-700">Kind: {errors.section}</p> : null}
                  </div>
                  <div className="flex flex-col gap-1">
                    <Label htmlFor={`${id}-title`}>Title</Label>
                    <Input id={`${id}-title`} value={row.title} maxLength={80} onChange={(event) => update(row.key, { title: event.target.value })} aria-invalid={errors.title ? true : undefined} aria-describedby={errors.title ? `${id}-title-error` : undefined} />
                    {errors.title ? (
                      <p id={`${id}-title-error`} className="text-sm text-red-700">
                        Title: {errors.title}
                      </p>
                    ) : null}
                  </div>
                  <div className="flex flex-col gap-1 sm:col-span-2">
                    <Label htmlFor={`${id}-prompt`}>Prompt for the coach</Label>
                    <textarea id={`${id}-prompt`} className={textareaClass} rows={2} maxLength={600} value={row.prompt} onChange={(event) => update(row.key, { prompt: event.target.value })} aria-invalid={errors.prompt ? true : undefined} aria-describedby={errors.prompt ? `${id}-prompt-error` : undefined} />
                    {errors.prompt ? (
                      <p id={`${id}-prompt-error`} className="text-sm text-red-700">
                        Prompt: {errors.prompt}
                      </p>
                    ) : null}
                  </div>
                </div>
                <div className="mt-2 flex flex-wrap gap-2">
                  <Button type="button" size="sm" variant="ghost" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move section ${index + 1} up`}>
                    Move up
                  </Button>
                  <Button type="button" size="sm" variant="ghost" disabled={index === rows.length - 1} onClick={() => move(index, 1)} aria-label={`Move section ${index + 1} down`}>
                    Move down
                  </Button>
                  <Button type="button" size="sm" variant="ghost" disabled={rows.length === 1} onClick={() => setRows((current) => current.filter((candidate) => candidate.key !== row.key))} aria-label={`Remove section ${index + 1}`}>
                    Remove
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {listError ? <Alert tone="error">Sections: {listError}</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {save.result.ok ? <Alert tone="success">Agenda saved. It applies from the next meeting that starts.</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setRows((current) => [...current, { key: nextKey, section: "TOPICS", title: "", prompt: "" }]);
            setNextKey((key) => key + 1);
          }}
        >
          Add section
        </Button>
        <Button type="submit" disabled={save.pending} aria-busy={save.pending}>
          {save.pending ? "Saving…" : "Save agenda"}
        </Button>
      </div>
    </form>
  );
}
