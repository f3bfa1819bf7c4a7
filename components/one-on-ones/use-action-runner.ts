"use client";
import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/action-state";

export type ServerAction<TPayload, TResult = undefined> = (previous: unknown, payload: TPayload) => Promise<ActionState<TResult>>;

/**
 * Runs a server action from a form or a button and keeps its last answer, without React's
 * automatic form reset (which would wipe what the user typed when the server refuses it).
 */
export function useActionRunner<TPayload, TResult = undefined>(action: ServerAction<TPayload, TResult>) {
  const [result, setResult] = useState<ActionState<TResult>>({ ok: null });
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
