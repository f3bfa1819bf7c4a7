import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isProduction } from "@/lib/env";
import { listDevOutbox } from "@/lib/server/mail/list-dev-outbox";

export const metadata: Metadata = { title: "Development outbox", referrer: "no-referrer", robots: { index: false } };
export const dynamic = "force-dynamic";

const LINK = /(https?:\/\/[^\s]+)/g;

/** Development without SMTP_URL: what the app would have emailed (invitations, password resets). */
export default async function DevOutboxPage() {
  if (isProduction) notFound();
  const messages = await listDevOutbox();
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-xl font-semibold text-slate-900">Development outbox</h1>
      <p className="mt-1 text-sm text-slate-700">No SMTP_URL is set, so email lands here (and in the server log) instead of being sent. Newest first; production answers 404.</p>
      {messages.length === 0 ? (
        <p className="mt-6 text-sm text-slate-600">Nothing sent yet. Invite someone from Settings → Users or use “Forgot password?” on the sign-in page.</p>
      ) : (
        <ol className="mt-6 flex flex-col gap-4">
          {messages.map((message) => (
            <li key={message.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <p className="text-sm font-medium text-slate-900">{message.subject}</p>
              <p className="text-xs text-slate-600">
                To {message.to} · {message.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
              </p>
              <pre className="mt-3 text-sm break-words whitespace-pre-wrap text-slate-800">
                {message.text.split(LINK).map((part, index) =>
                  index % 2 === 1 ? (
                    <a key={index} href={part} className="text-brand-700 underline">
                      {part}
                    </a>
                  ) : (
                    part
                  ),
                )}
              </pre>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
