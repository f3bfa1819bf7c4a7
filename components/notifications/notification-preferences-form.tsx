"use client";
import { setNotificationPreferencesAction } from "@/app/(app)/settings/profile/actions";
import { ActionOutcome } from "@/components/settings/form-fields";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ReminderKind } from "@/lib/generated/prisma/enums";
import { REMINDER_KINDS, REMINDER_KIND_TEXT } from "@/lib/reminders/kinds";

/** One switch per kind of reminder: off means no email and nothing in the notifications list. */
export function NotificationPreferencesForm({ preferences }: { preferences: Record<ReminderKind, boolean> }) {
  const { state, pending, submit } = useFormAction(setNotificationPreferencesAction);
  return (
    <form noValidate aria-label="Reminders" onSubmit={submit} className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-3">
        <legend className="sr-only">Reminders you get by email and in the app</legend>
        {REMINDER_KINDS.map((kind) => (
          <div key={kind} className="flex items-start gap-3">
            <input
              id={`reminder-${kind}`}
              name={kind}
              type="checkbox"
              defaultChecked={preferences[kind]}
              aria-describedby={`reminder-${kind}-hint`}
              className="mt-1 h-4 w-4 accent-brand-600"
            />
            <div>
              <label htmlFor={`reminder-${kind}`} className="font-medium text-slate-900">
                {REMINDER_KIND_TEXT[kind].label}
              </label>
              <p id={`reminder-${kind}-hint`} className="text-sm text-slate-600">
                {REMINDER_KIND_TEXT[kind].description}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Saving…" : "Save reminders"}
        </Button>
      </div>
      <ActionOutcome state={state} success="Your reminder settings are saved." />
    </form>
  );
}
