import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { clsx } from "clsx";

/** A meeting's date and time in the organization's time zone (said under the field), with its error. */
export function MeetingTimeField({
  id,
  min,
  value,
  onChange,
  error,
  timeZone,
  className,
}: {
  id: string;
  min: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  timeZone: string;
  className?: string;
}) {
  return (
    <div className={clsx("flex flex-col gap-1", className)}>
      <Label htmlFor={id}>Date and time</Label>
      <Input
        id={id}
        type="datetime-local"
        min={min}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-zone${error ? ` ${id}-error` : ""}`}
      />
      <p id={`${id}-zone`} className="text-xs text-slate-600">
        Time zone: {timeZone}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          Date and time: {error}
        </p>
      ) : null}
    </div>
  );
}
