"use client";
import { markNotificationsReadAction } from "@/app/(app)/notifications/actions";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

export function MarkReadButton() {
  const { pending, submit } = useFormAction(markNotificationsReadAction);
  return (
    <form noValidate aria-label="Mark all as read" onSubmit={submit}>
      <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-busy={pending}>
        Mark all as read
      </Button>
    </form>
  );
}
