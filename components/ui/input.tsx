import { clsx } from "clsx";

/** A text input (.input in app/globals.css' components layer: a utility passed in wins). */
export function Input({ className, ...props }: React.InputHTMLAttributes<HTMLInputElement>) {
  return <input className={clsx("input", className)} {...props} />;
}
