"use client";
import { FEEDBACK_RATING_LABELS } from "@/lib/validation/feedback-copy";

const RATINGS = [1, 2, 3, 4, 5] as const;

/** The 1–5 scale a one-on-one is rated on, by the rep (feedback) and by the coach (self-rating) alike. */
export function RatingScale({
  question,
  name,
  errorId,
  rating,
  onChange,
  error,
}: {
  question: string;
  name: string;
  errorId: string;
  rating: number | null;
  onChange: (level: number) => void;
  error: string | undefined;
}) {
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{question}</legend>
      <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-5">
        {RATINGS.map((level) => (
          <label
            key={level}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 p-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 sm:flex-col sm:items-center sm:text-center"
          >
            <input type="radio" name={name} value={String(level)} checked={rating === level} onChange={() => onChange(level)} className="h-4 w-4" />
            <span>
              <span className="font-semibold">{level}</span> <span className="text-slate-700">{FEEDBACK_RATING_LABELS[level]}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          Rating: {error}
        </p>
      ) : null}
    </fieldset>
  );
}
