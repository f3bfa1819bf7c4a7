"use client";
import { useId, useState } from "react";
import { submitCoachSelfRatingAction } from "@/app/(app)/one-on-ones/actions";
import { formatDate } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";
import type { OwnCoachSelfRating } from "@/lib/server/feedback/get-own-coach-self-rating";
import { COACH_SELF_RATING_QUESTION, FEEDBACK_RATING_LABELS } from "@/lib/validation/feedback";

const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * The coach's private rating of their completed rep meeting, on the coach's page only: the
 * coaching scorecard sets its average beside the reps' anonymous one (paired perception).
 */
export function CoachSelfRatingCard({ oneOnOneId, selfRating, memberName }: { oneOnOneId: string; selfRating: OwnCoachSelfRating; memberName: string }) {
  const ids = { group: useId(), ratingError: useId() };
  const [rating, setRating] = useState<number | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const submit = useActionRunner(submitCoachSelfRatingAction);
  const ratingError = submit.fieldError("rating");
  const formError = submit.result.ok === false && !ratingError ? submit.result.message : null;
  const answered = saved ?? (selfRating.status === "submitted" ? selfRating.rating : null);
  return (
    <Card aria-labelledby={`${ids.group}-title`}>
      <CardHeader>
        <CardTitle id={`${ids.group}-title`}>Your rating of this one-on-one</CardTitle>
        <CardDescription>
          Private: {memberName} never sees it. Your coaching scorecard shows its average beside your reps&apos; anonymous average, so you can see where you rate yourself higher than they do.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {answered !== null ? (
          <p className="text-sm text-slate-800" data-testid="coach-self-rating-submitted">
            You rated this one-on-one{" "}
            <strong>
              {answered} of 5 ({FEEDBACK_RATING_LABELS[answered]?.toLowerCase()})
            </strong>{" "}
            for {memberName}.
          </p>
        ) : selfRating.status === "closed" ? (
          <p className="text-sm text-slate-600">Rating this one-on-one closed on {formatDate(selfRating.closedOn)}.</p>
        ) : (
          <form
            aria-label="Rate your one-on-one"
            noValidate
            className="flex flex-col gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              const answer = rating ?? 0;
              submit.run({ oneOnOneId, rating: answer }, () => setSaved(answer));
            }}
          >
            <fieldset aria-describedby={ratingError ? ids.ratingError : undefined}>
              <legend className="text-sm font-medium text-slate-800">{COACH_SELF_RATING_QUESTION}</legend>
              <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-5">
                {RATINGS.map((level) => (
                  <label
                    key={level}
                    className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 p-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 sm:flex-col sm:items-center sm:text-center"
                  >
                    <input type="radio" name={ids.group} value={String(level)} checked={rating === level} onChange={() => setRating(level)} className="h-4 w-4" />
                    <span>
                      <span className="font-semibold">{level}</span> <span className="text-slate-700">{FEEDBACK_RATING_LABELS[level]}</span>
                    </span>
                  </label>
                ))}
              </div>
              {ratingError ? (
                <p id={ids.ratingError} className="mt-1 text-sm text-red-700">
                  Rating: {ratingError}
                </p>
              ) : null}
            </fieldset>
            <p className="text-xs text-slate-600">Open until {formatDate(selfRating.status === "open" ? selfRating.closesOn : null)}.</p>
            <div>
              <Button type="submit" disabled={submit.pending} aria-busy={submit.pending}>
                Save my rating
              </Button>
            </div>
            {formError ? <Alert tone="error">{formError}</Alert> : null}
          </form>
        )}
      </CardContent>
    </Card>
  );
}
