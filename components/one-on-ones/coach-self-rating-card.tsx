"use client";
import { useId, useState } from "react";
import { submitCoachSelfRatingAction } from "@/app/(app)/one-on-ones/actions";
import { formatDate } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { RatingScale } from "@/components/one-on-ones/rating-scale";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";
import type { OwnCoachSelfRating } from "@/lib/server/feedback/get-own-coach-self-rating";
import { COACH_SELF_RATING_QUESTION, FEEDBACK_RATING_LABELS } from "@/lib/validation/feedback-copy";

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
            <RatingScale question={COACH_SELF_RATING_QUESTION} name={ids.group} errorId={ids.ratingError} rating={rating} onChange={setRating} error={ratingError} />
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
