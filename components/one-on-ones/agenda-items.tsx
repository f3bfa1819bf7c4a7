"use client";
import { useId, useState } from "react";
import { addAgendaItemAction, removeAgendaItemAction, setAgendaItemDoneAction } from "@/app/(app)/one-on-ones/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

export interface AgendaItemEntry {
  id: string;
  title: string;
  done: boolean;
  addedBy: string;
  carried: boolean;
  canRemove: boolean;
}

function AgendaItemRow({ oneOnOneId, item, canEdit }: { oneOnOneId: string; item: AgendaItemEntry; canEdit: boolean }) {
  const checkboxId = useId();
  const toggle = useActionRunner(setAgendaItemDoneAction);
  const remove = useActionRunner(removeAgendaItemAction);
  const problem = toggle.result.ok === false ? toggle.result.message : remove.result.ok === false ? remove.result.message : null;
  return (
    <li className="flex flex-col gap-1 py-2">
      <div className="flex items-start gap-3">
        {canEdit ? (
          <input
            id={checkboxId}
            type="checkbox"
            className="mt-1 h-4 w-4 accent-brand-600"
            checked={item.done}
            disabled={toggle.pending}
            onChange={(event) => toggle.run({ oneOnOneId, agendaItemId: item.id, done: event.target.checked })}
          />
        ) : (
          <span aria-hidden="true" className="mt-0.5 w-4 text-center text-slate-600">
            {item.done ? "✓" : "○"}
          </span>
        )}
        <div className="flex-1">
          {canEdit ? (
            <label htmlFor={checkboxId} className={item.done ? "text-slate-500 line-through" : "text-slate-900"}>
              {item.title}
            </label>
          ) : (
            <span className={item.done ? "text-slate-500" : "text-slate-900"}>
              {item.title}
              <span className="sr-only">{item.done ? " (covered)" : " (not covered)"}</span>
            </span>
          )}
          <p className="text-xs text-slate-600">
            Added by {item.addedBy}
            {item.carried ? (
              <>
                {" · "}
                <Badge tone="warn">carried from an earlier meeting</Badge>
              </>
            ) : null}
          </p>
        </div>
        {item.canRemove ? (
          <Button type="button" variant="ghost" size="sm" aria-label={`Remove “${item.title}”`} disabled={remove.pending} onClick={() => remove.run({ oneOnOneId, agendaItemId: item.id })}>
            Remove
          </Button>
        ) : null}
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </li>
  );
}

export function AgendaItemList({ oneOnOneId, items, canEdit, label, emptyText }: { oneOnOneId: string; items: AgendaItemEntry[]; canEdit: boolean; label: string; emptyText: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">{emptyText}</p>;
  return (
    <ul aria-label={label} className="divide-y divide-slate-100">
      {items.map((item) => (
        <AgendaItemRow key={item.id} oneOnOneId={oneOnOneId} item={item} canEdit={canEdit} />
      ))}
    </ul>
  );
}

export function AddAgendaItemForm({ oneOnOneId }: { oneOnOneId: string }) {
  const inputId = useId();
  const errorId = useId();
  const [title, setTitle] = useState("");
  const add = useActionRunner(addAgendaItemAction);
  const error = add.fieldError("title") ?? (add.result.ok === false ? add.result.message : undefined);
  return (
    <form
      className="mt-3 flex flex-col gap-1.5"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        add.run({ oneOnOneId, title }, () => setTitle(""));
      }}
    >
      <Label htmlFor={inputId}>Talking point</Label>
      <div className="flex gap-2">
        <Input id={inputId} value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} placeholder="e.g. The Henderson deal is stuck at legal" />
        <Button type="submit" variant="secondary" disabled={add.pending} aria-busy={add.pending} className="shrink-0">
          Add talking point
        </Button>
      </div>
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          Talking point: {error}
        </p>
      ) : null}
    </form>
  );
}
