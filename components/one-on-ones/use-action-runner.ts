"use client";
import { useState, useTransition } from "react";

// The shape viewerAction answers with (lib/server/action.ts), restated here because components
// never import lib/server.
export type ActionResult<T = undefined> = { ok: true; message?: string; data?: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> } | { ok: null };
export type ServerAction<TPayload, TResult = undefined> = (previous: unknown, payload: TPayload) => Promise<ActionResult<TResult>>;

/**
 * Runs a server action from a form or a button and keeps its last answer, without React's
 * automatic form reset (which would wipe what the user typed when the server refuses it).
 */
export function useActionRunner<TPayload, TResult = undefined>(action: ServerAction<TPayload, TResult>) {
  const [result, setResult] = useState<ActionResult<TResult>>({ ok: null });
  const [pending, startTransition] = useTransition();
  function run(payload: TPayload, onSuccess?: (data: TResult | undefined) => void) {
    startTransition(async () => {
      const answer = await action(null, payload);
      setResult(answer);
      if (answer.ok) onSuccess?.(answer.data);
    });
  }
  const fieldError = (field: string) => (result.ok === false ? result.fieldErrors?.[field]?.[0] : undefined);
  return { result, pending, run, fieldError };
}
