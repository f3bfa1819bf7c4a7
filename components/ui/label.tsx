import { clsx } from "clsx";

/** A form label (.field-label in app/globals.css' components layer: a utility passed in wins). */
export function Label({ className, ...props }: React.LabelHTMLAttributes<HTMLLabelElement>) {
  return <label className={clsx("field-label", className)} {...props} />;
}
