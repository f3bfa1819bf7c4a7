import { clsx } from "clsx";

// The classes are defined once in app/globals.css (.card and its parts, in Tailwind's components
// layer, so a utility passed in still wins): every screen is a stack of cards (issue #21).

export function Card({ className, ...props }: React.HTMLAttributes<HTMLElement>) {
  return <section className={clsx("card", className)} {...props} />;
}

export function CardHeader({ className, ...props }: React.HTMLAttributes<HTMLDivElement>) {
  return <div className={clsx("card-header", className)} {...props} />;
}

export function CardTitle({ className, ...props }: React.HTMLAttributes<HTMLHeadingElement>) {
  return <h2 className={clsx("card-title", className)} {...props} />;
}

export function CardDescription({ className, ...props }: React.HTMLAttributes<HTMLParagraphElement>) {
  return <p className={clsx("card-description", className)} {...props} />;
}

export function CardContent({ className, ...props }: React.HTMLAttributes<HTMLDivElement>) {
  return <div className={clsx("card-content", className)} {...props} />;
}
