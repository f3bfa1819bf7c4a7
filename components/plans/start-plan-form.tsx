"use client";
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { createPlanFromFocusAction } from "@/app/(app)/plans/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

type WindowKey = "30" | "90" | "180" | "qtd";
const WINDOWS: readonly string[] = ["30", "90", "180", "qtd"];

/**
 * On the rep's focus card, for their manager: one click turns the focus into a development plan
 * (baseline and target are measured on the server); the suggested plays can come along as routines.
 */
export function StartPlanForm({
  repId,
  windowKey,
  competency,
  plays,
  defaultTargetDate,
  minTargetDate,
  expectation,
}: {
  repId: string;
  windowKey: string;
  competency: string;
  plays: { id: string; title: string }[];
  defaultTargetDate: string;
  minTargetDate: string;
  /** The focus lever as the manager reads it: today's value (the "from") and a suggested "to" in input units. */
  expectation: { label: string; fromText: string; defaultTo: number; unit: string; step: number };
}) {
  const router = useRouter();
  const ids = { date: useId(), error: useId(), plays: useId(), expected: useId(), review: useId(), lock: useId() };
  const [targetDate, setTargetDate] = useState(defaultTargetDate);
  const [expectedTo, setExpectedTo] = useState(String(expectation.defaultTo));
  const [reviewOn, setReviewOn] = useState(defaultTargetDate);
  const [chosen, setChosen] = useState<string[]>([]);
  const start = useActionRunner(createPlanFromFocusAction);
  const dateError = start.fieldError("targetDate");
  const expectedError = start.fieldError("expectedTo");
  const reviewError = start.fieldError("reviewOn");
  const error =
    start.result.ok === false
      ? dateError
        ? `Target date: ${dateError}`
        : expectedError
          ? `Expected value: ${expectedError}`
          : reviewError
            ? `Review date: ${reviewError}`
            : start.result.message
      : null;
  return (
    <form
      aria-label="Start a development plan"
      noValidate
      className="mt-4 flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        const window = (WINDOWS.includes(windowKey) ? windowKey : "90") as WindowKey;
        start.run({ repId, window, targetDate, salesPlayIds: chosen, expectedTo: expectedTo === "" ? Number.NaN : Number(expectedTo), reviewOn }, (data) => {
          if (data?.id) router.push(`/plans/${data.id}`);
        });
      }}
    >
      <p className="text-sm text-slate-700">
        A plan for <span className="font-medium">{competency}</span>: today&apos;s ratio is the baseline, the benchmark the target, and progress is measured
        from activity.
      </p>
      <fieldset aria-describedby={ids.lock} className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">Expected change (pre-registered)</legend>
        <p id={ids.lock} className="text-xs text-slate-600">
          {expectation.label} from {expectation.fromText} today. On the review date the plan is judged against this and against comparable reps without a
          plan; both are locked once the plan starts.
        </p>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <Label htmlFor={ids.expected}>
              Expected {expectation.label} ({expectation.unit})
            </Label>
            <Input
              id={ids.expected}
              type="number"
              inputMode="decimal"
              step={expectation.step}
              min={0}
              className="w-44"
              value={expectedTo}
              onChange={(event) => setExpectedTo(event.target.value)}
              aria-invalid={expectedError ? true : undefined}
              aria-describedby={error ? ids.error : undefined}
            />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor={ids.review}>Review date</Label>
            <Input
              id={ids.review}
              type="date"
              className="w-44"
              min={minTargetDate}
              value={reviewOn}
              onChange={(event) => setReviewOn(event.target.value)}
              aria-invalid={reviewError ? true : undefined}
              aria-describedby={error ? ids.error : undefined}
            />
          </div>
        </div>
      </fieldset>
      {plays.length ? (
        <fieldset aria-describedby={ids.plays}>
          <legend className="text-sm font-medium text-slate-800">Routines (optional)</legend>
          <p id={ids.plays} className="text-xs text-slate-600">
            Suggested sales plays to practise; more can be attached later.
          </p>
          <ul className="mt-1 flex flex-col gap-1">
            {plays.map((play) => (
              <li key={play.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="h-4 w-4"
                    checked={chosen.includes(play.id)}
                    onChange={(event) => setChosen((current) => (event.target.checked ? [...current, play.id] : current.filter((id) => id !== play.id)))}
                  />
                  {play.title}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor={ids.date}>Target date</Label>
          <Input
            id={ids.date}
            type="date"
            className="w-44"
            min={minTargetDate}
            value={targetDate}
            onChange={(event) => setTargetDate(event.target.value)}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
          />
        </div>
        <Button type="submit" disabled={start.pending} aria-busy={start.pending}>
          Start a development plan
        </Button>
      </div>
      {error ? (
        <Alert tone="error" id={ids.error}>
          {error}
        </Alert>
      ) : null}
    </form>
  );
}
