"use client";
import { startTransition, useActionState, type FormEvent } from "react";

// What viewerAction (lib/server/action.ts) answers, restated because components never import lib/server.
export type SettingsActionState<T = undefined> = { ok: true; message?: string; data?: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> } | { ok: null };
export type SettingsAction<T = undefined> = (previous: SettingsActionState<T>, payload: FormData) => Promise<SettingsActionState<T>>;

/**
 * useActionState for a settings form, submitted from onSubmit rather than the form's action prop:
 * React then does not reset the form, so what the admin typed survives a refusal.
 */
export function useSettingsAction<T = undefined>(action: SettingsAction<T>) {
  const [state, dispatch, pending] = useActionState<SettingsActionState<T>, FormData>(action, { ok: null });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The clicked button's name and value count too (e.g. direction=up), as in a native submit.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const payload = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement && submitter.name ? submitter : null);
    startTransition(() => dispatch(payload));
  };
  const fieldError = (field: string) => (state.ok === false ? state.fieldErrors?.[field]?.[0] : undefined);
  return { state, pending, submit, fieldError };
}
