"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionState } from "@/lib/action-state";

export type FormAction<T = undefined> = (previous: ActionState<T>, payload: FormData) => Promise<ActionState<T>>;

/**
 * useActionState for a form, submitted from onSubmit rather than the form's action prop: React
 * then does not reset the form, so what the user typed survives a refusal. Every form that posts
 * to a server action uses this (or useActionRunner), never `<form action={…}>`.
 */
export function useFormAction<T = undefined>(action: FormAction<T>) {
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(action, { ok: null });
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
