import { clsx } from "clsx";

const tones = { error: "alert-error", info: "alert-info", success: "alert-success", warning: "alert-warning" };

/** A message box (.alert in app/globals.css' components layer: a utility passed in wins). */
export function Alert({ tone = "info", className, ...props }: React.HTMLAttributes<HTMLDivElement> & { tone?: keyof typeof tones }) {
  return <div role={tone === "error" ? "alert" : "status"} className={clsx("alert", tones[tone], className)} {...props} />;
}
