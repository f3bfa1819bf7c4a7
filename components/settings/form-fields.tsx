import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { clsx } from "clsx";
import type { ActionState } from "@/lib/action-state";

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: React.ReactNode;
  /** The label is read by assistive technology only (e.g. inside a table row that names the person). */
  labelHidden?: boolean;
  wrapperClassName?: string;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldFrame({ id, label, error, hint, labelHidden, wrapperClassName, children }: FieldProps & { children: React.ReactNode }) {
  return (
    <div className={clsx("flex flex-col gap-1.5", wrapperClassName)}>
      <Label htmlFor={id} className={labelHidden ? "sr-only" : undefined}>
        {label}
      </Label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {sentence(error)}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ id, label, error, hint, labelHidden, wrapperClassName, ...input }: FieldProps & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} labelHidden={labelHidden} wrapperClassName={wrapperClassName}>
      <Input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
    </FieldFrame>
  );
}

export function SelectField({ id, label, error, hint, labelHidden, wrapperClassName, className, children, ...select }: FieldProps & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} labelHidden={labelHidden} wrapperClassName={wrapperClassName}>
      <select id={id} className={clsx(selectClass, className)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}

/** The outcome of the last submit, in a region that is always there so the news is announced. */
export function ActionOutcome({ state, success, className }: { state: ActionState<unknown>; success?: React.ReactNode; className?: string }) {
  return (
    <div aria-live="polite" className={className}>
      {state.ok === false ? <Alert tone="error">{state.message}</Alert> : null}
      {state.ok === true && (success || state.message) ? <Alert tone="success">{success ?? state.message}</Alert> : null}
    </div>
  );
}
