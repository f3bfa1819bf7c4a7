"use client";
import { useId, useState } from "react";
import { submitCoachingFeedbackAction } from "@/app/(app)/one-on-ones/actions";
import { formatDate } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { textareaClass } from "@/components/one-on-ones/field-styles";
import { RatingScale } from "@/components/one-on-ones/rating-scale";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";
import type { OwnCoachingFeedback } from "@/lib/server/feedback/get-own-coaching-feedback";
import { COACHING_FEEDBACK_PROMPT, COACHING_FEEDBACK_QUESTION, FEEDBACK_RATING_LABELS, MAX_FEEDBACK_COMMENT } from "@/lib/validation/feedback-copy";

const THANKS = "Thanks — your manager only sees averages of 3 or more answers.";

function SubmittedFeedback({ rating, comment }: { rating: number; comment: string | null }) {
  return (
    <div className="flex flex-col gap-2" data-testid="coaching-feedback-submitted">
      <Alert tone="success">{THANKS}</Alert>
      <p className="text-sm text-slate-800">
        You rated this one-on-one{" "}
        <strong>
          {rating} of 5 ({FEEDBACK_RATING_LABELS[rating]?.toLowerCase()})
        </strong>
        .
      </p>
      {comment ? (
        <figure className="text-sm">
          <figcaption className="text-slate-600">Your answer to “{COACHING_FEEDBACK_PROMPT}”</figcaption>
          <blockquote className="mt-1 whitespace-pre-wrap border-l-4 border-slate-200 pl-3 text-slate-900">{comment}</blockquote>
        </figure>
      ) : null}
    </div>
  );
}

/**
 * The rep's rating of a completed one-on-one, shown on their own meeting page only. Before they
 * answer: a 1–5 radio group (native radios, so arrow keys move between levels) and one optional
 * question; afterwards, their own answer and how it is used.
 */
export function CoachingFeedbackCard({ oneOnOneId, feedback, coachName }: { oneOnOneId: string; feedback: OwnCoachingFeedback; coachName: string }) {
  const ids = { group: useId(), ratingError: useId(), comment: useId(), commentHint: useId(), commentError: useId() };
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  // Shown at once on success; the revalidated page then says the same from the server.
  const [submitted, setSubmitted] = useState<{ rating: number; comment: string | null } | null>(null);
  const submit = useActionRunner(submitCoachingFeedbackAction);
  const ratingError = submit.fieldError("rating");
  const commentError = submit.fieldError("comment");
  const formError = submit.result.ok === false && !ratingError && !commentError ? submit.result.message : null;
  const answered = submitted ?? (feedback.status === "submitted" ? feedback : null);

  return (
    <Card aria-labelledby={`${ids.group}-title`}>
      <CardHeader>
        <CardTitle id={`${ids.group}-title`}>Your feedback on this one-on-one</CardTitle>
        {answered ? null : feedback.status === "open" ? (
          <CardDescription>
            Optional and anonymous to {coachName}: managers see only averages of 3 or more answers, never who gave which. Open until {formatDate(feedback.closesOn)}.
          </CardDescription>
        ) : null}
      </CardHeader>
      <CardContent>
        {answered ? (
          <SubmittedFeedback rating={answered.rating} comment={answered.comment} />
        ) : feedback.status === "closed" ? (
          <p className="text-sm text-slate-600">Feedback on this one-on-one closed on {formatDate(feedback.closedOn)}. You can rate your next one once it is completed.</p>
        ) : (
          <form
            aria-label="Rate this one-on-one"
            noValidate
            className="flex flex-col gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              const answer = { rating: rating ?? 0, comment: comment.trim() || null };
              submit.run({ oneOnOneId, rating: answer.rating, comment }, () => setSubmitted(answer));
            }}
          >
            <RatingScale question={COACHING_FEEDBACK_QUESTION} name={ids.group} errorId={ids.ratingError} rating={rating} onChange={setRating} error={ratingError} />
            <div className="flex flex-col gap-1">
              <Label htmlFor={ids.comment}>
                {COACHING_FEEDBACK_PROMPT} <span className="font-normal text-slate-600">(optional)</span>
              </Label>
              <textarea
                id={ids.comment}
                rows={3}
                maxLength={MAX_FEEDBACK_COMMENT}
                className={textareaClass}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
                aria-invalid={commentError ? true : undefined}
                aria-describedby={[ids.commentHint, commentError ? ids.commentError : null].filter(Boolean).join(" ")}
              />
              <p id={ids.commentHint} className="text-xs text-slate-600">
                {comment.length.toLocaleString("en-US")} of {MAX_FEEDBACK_COMMENT.toLocaleString("en-US")} characters. Shown to {coachName} without your name or the date, and only among 3 or more answers.
              </p>
              {commentError ? (
                <p id={ids.commentError} className="text-sm text-red-700">
                  Answer: {commentError}
                </p>
              ) : null}
            </div>
            <div>
              <Button type="submit" disabled={submit.pending} aria-busy={submit.pending}>
                Send feedback
              </Button>
            </div>
            {formError ? <Alert tone="error">{formError}</Alert> : null}
          </form>
        )}
      </CardContent>
    </Card>
  );
}
