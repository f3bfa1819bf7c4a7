"use client";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { savePrivateNoteAction, saveSharedNotesAction } from "@/app/(app)/one-on-ones/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAutosaveRegistry } from "@/components/one-on-ones/autosave-registry";
import { textareaClass } from "@/components/one-on-ones/field-styles";
import { clsx } from "clsx";
import { formatTime } from "@/lib/format";

// Saves a second and a half after typing pauses, and at least every five seconds while typing
// goes on. Each save names the version it was typed on; if someone else saved in between, the
// server refuses and this editor shows both texts to merge — it never overwrites or drops either.
const PAUSE_MS = 1_500;
const MAX_WAIT_MS = 5_000;

type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "conflict"; message: string; serverBody: string; serverVersion: number }
  | { kind: "error"; message: string };

const ACTIONS = { shared: saveSharedNotesAction, private: savePrivateNoteAction };

function statusText(state: SaveState, timeZone: string): string {
  switch (state.kind) {
    case "idle":
      return "All changes saved";
    case "dirty":
      return "Unsaved changes";
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved ${formatTime(state.at, timeZone)}`;
    case "conflict":
      return "Conflict: merge the two versions below";
    case "error":
      return `Not saved: ${state.message}`;
  }
}

export function AutosaveNotes({
  oneOnOneId,
  notes,
  title,
  description,
  initialBody,
  initialVersion,
  readOnly,
  placeholder,
  tone = "shared",
  timeZone,
}: {
  oneOnOneId: string;
  notes: "shared" | "private";
  title: string;
  description: string;
  initialBody: string;
  initialVersion: number;
  readOnly: boolean;
  placeholder?: string;
  tone?: "shared" | "private";
  timeZone: string;
}) {
  const headingId = useId();
  const descriptionId = useId();
  const statusId = useId();
  const theirsId = useId();
  const [body, setBody] = useState(initialBody);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const bodyRef = useRef(initialBody);
  // The text the server holds as of versionRef; null after a conflict, when the next save must go through.
  const savedBodyRef = useRef<string | null>(initialBody);
  const versionRef = useRef(initialVersion);
  const firstDirtyAtRef = useRef<number | null>(null);
  const inFlightRef = useRef<Promise<boolean> | null>(null);
  const conflictRef = useRef(false);
  const registry = useAutosaveRegistry();
  const action = ACTIONS[notes];

  const save = useCallback(async (): Promise<boolean> => {
    if (conflictRef.current) return false;
    while (inFlightRef.current) await inFlightRef.current;
    const text = bodyRef.current;
    if (text === savedBodyRef.current) return true;
    setState({ kind: "saving" });
    const attempt = (async () => {
      try {
        const answer = await action(null, { oneOnOneId, body: text, version: versionRef.current });
        if (answer.ok && answer.data?.status === "saved") {
          versionRef.current = answer.data.version;
          savedBodyRef.current = text;
          firstDirtyAtRef.current = bodyRef.current === text ? null : Date.now();
          setState(bodyRef.current === text ? { kind: "saved", at: answer.data.savedAt } : { kind: "dirty" });
          return true;
        }
        if (answer.ok && answer.data?.status === "conflict") {
          conflictRef.current = true;
          setState({ kind: "conflict", message: answer.data.message, serverBody: answer.data.serverBody, serverVersion: answer.data.serverVersion });
          return false;
        }
        setState({ kind: "error", message: answer.ok === false ? answer.message : "the server did not answer" });
        return false;
      } catch {
        setState({ kind: "error", message: "the server could not be reached" });
        return false;
      }
    })();
    inFlightRef.current = attempt;
    try {
      return await attempt;
    } finally {
      inFlightRef.current = null;
    }
  }, [action, oneOnOneId]);

  // Debounce: every edit restarts the pause, bounded by the maximum wait.
  useEffect(() => {
    if (state.kind !== "dirty" || readOnly) return;
    const waited = Date.now() - (firstDirtyAtRef.current ?? Date.now());
    const timer = setTimeout(() => void save(), Math.max(0, Math.min(PAUSE_MS, MAX_WAIT_MS - waited)));
    return () => clearTimeout(timer);
  }, [body, state.kind, readOnly, save]);

  useEffect(() => (registry && !readOnly ? registry.register(`${notes}-notes`, save) : undefined), [registry, notes, readOnly, save]);

  const unsaved = state.kind === "dirty" || state.kind === "saving" || state.kind === "conflict" || state.kind === "error";
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  function edit(text: string) {
    setBody(text);
    bodyRef.current = text;
    firstDirtyAtRef.current ??= Date.now();
    setState((current) => (current.kind === "conflict" || current.kind === "saving" ? current : { kind: "dirty" }));
  }

  function saveMerged(serverVersion: number) {
    versionRef.current = serverVersion;
    conflictRef.current = false;
    savedBodyRef.current = null;
    void save();
  }

  function keepServerVersion(serverBody: string, serverVersion: number) {
    setBody(serverBody);
    bodyRef.current = serverBody;
    savedBodyRef.current = serverBody;
    versionRef.current = serverVersion;
    conflictRef.current = false;
    firstDirtyAtRef.current = null;
    setState({ kind: "idle" });
  }

  return (
    <section aria-labelledby={headingId} className={clsx("rounded-lg border p-4 shadow-sm", tone === "private" ? "border-amber-300 bg-amber-50/40" : "border-slate-200 bg-white")}>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {readOnly ? null : (
          <p id={statusId} role="status" aria-live="polite" className={clsx("text-xs", state.kind === "conflict" || state.kind === "error" ? "font-semibold text-red-700" : "text-slate-600")}>
            {statusText(state, timeZone)}
          </p>
        )}
      </div>
      <p id={descriptionId} className="mb-2 text-sm text-slate-600">
        {description}
      </p>
      {readOnly ? (
        <div className="whitespace-pre-wrap text-sm leading-6 text-slate-900" data-testid={`${notes}-notes-text`}>
          {body || <span className="text-slate-500">No notes.</span>}
        </div>
      ) : (
        <textarea
          aria-labelledby={headingId}
          aria-describedby={`${descriptionId} ${statusId}`}
          className={clsx(textareaClass, "min-h-48")}
          value={body}
          placeholder={placeholder}
          onChange={(event) => edit(event.target.value)}
          onBlur={() => void save()}
        />
      )}
      {state.kind === "conflict" ? (
        <Alert tone="warning" role="alert" className="mt-3 flex flex-col gap-3">
          <p>
            <strong>{state.message}.</strong> Nothing is lost: your text is in the box above, the saved version is below. Merge what you need into your text, then save it.
          </p>
          <div className="flex flex-col gap-1">
            <label htmlFor={theirsId} className="text-sm font-medium text-slate-800">
              Saved version (by someone else)
            </label>
            <textarea id={theirsId} readOnly className={clsx(textareaClass, "min-h-32")} value={state.serverBody} />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="button" size="sm" onClick={() => saveMerged(state.serverVersion)}>
              Save my version
            </Button>
            <Button type="button" size="sm" variant="secondary" onClick={() => edit(`${bodyRef.current}\n\n${state.serverBody}`)}>
              Add the saved version below mine
            </Button>
            <Button type="button" size="sm" variant="secondary" onClick={() => keepServerVersion(state.serverBody, state.serverVersion)}>
              Discard mine, keep the saved version
            </Button>
          </div>
        </Alert>
      ) : null}
      {state.kind === "error" ? (
        <Button type="button" size="sm" variant="secondary" className="mt-2" onClick={() => void save()}>
          Try saving again
        </Button>
      ) : null}
    </section>
  );
}
