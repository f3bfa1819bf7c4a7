"use client";
import { useEffect, useId, useRef } from "react";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "@/app/(app)/settings/profile/actions";
import { ActionOutcome } from "@/components/settings/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useFormAction } from "@/components/ui/use-form-action";
import type { CalendarFeedStatus } from "@/lib/server/calendar-feed/get-calendar-feed";

/** Create (or replace) the personal feed URL, shown once; turn it off. */
export function CalendarFeedControls({ feed }: { feed: CalendarFeedStatus }) {
  const id = useId();
  const urlRef = useRef<HTMLInputElement>(null);
  const create = useFormAction<{ url: string }>(createCalendarFeedAction);
  const revoke = useFormAction(revokeCalendarFeedAction);
  const created = create.state.ok === true ? create.state.data : undefined;
  useEffect(() => {
    if (created) urlRef.current?.select();
  }, [created]);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700" data-testid="calendar-feed-status">
        {feed.active
          ? `Your calendar link is on (made ${feed.createdLabel}${feed.lastUsedLabel ? `, last read ${feed.lastUsedLabel}` : ", not read yet"}).`
          : "You have no calendar link."}
      </p>
      <div className="flex flex-wrap gap-2">
        <form noValidate aria-label="Make a calendar link" onSubmit={create.submit}>
          <Button type="submit" disabled={create.pending} aria-busy={create.pending}>
            {feed.active ? "Replace the calendar link" : "Make a calendar link"}
          </Button>
        </form>
        {feed.active ? (
          <form noValidate aria-label="Turn off the calendar link" onSubmit={revoke.submit}>
            <Button type="submit" variant="secondary" disabled={revoke.pending} aria-busy={revoke.pending}>
              Turn off the calendar link
            </Button>
          </form>
        ) : null}
      </div>
      {create.state.ok === false ? <ActionOutcome state={create.state} /> : null}
      <ActionOutcome state={revoke.state} success="The calendar link is off: calendars subscribed to it stop updating." />
      {created ? (
        <Alert tone="warning" className="flex flex-col gap-2">
          <p className="font-medium">
            Copy this link into your calendar app (“subscribe from URL”) now: it is shown only once. Anyone with it can see your one-on-ones&apos; times and
            names.
          </p>
          <Label htmlFor={`${id}-url`}>Your calendar link</Label>
          <input
            id={`${id}-url`}
            ref={urlRef}
            readOnly
            value={created.url}
            data-testid="calendar-feed-url"
            className="h-10 w-full rounded-md border border-slate-300 bg-white px-3 font-mono text-sm text-slate-900"
            onFocus={(event) => event.currentTarget.select()}
          />
        </Alert>
      ) : null}
    </div>
  );
}
