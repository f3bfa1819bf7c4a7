import Link from "next/link";
import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { MyCommitment } from "@/lib/server/commitments/list-my-commitments";

/** The manager's own open commitments from their one-on-ones with their VP, on the manager's home. */
export function MyCommitmentsCard({ commitments }: { commitments: MyCommitment[] }) {
  const overdue = commitments.filter((commitment) => commitment.overdue).length;
  return (
    <Card aria-labelledby="my-commitments-title" data-testid="my-commitments">
      <CardHeader>
        <CardTitle id="my-commitments-title">Your commitments</CardTitle>
        <CardDescription>
          {commitments.length === 0
            ? "What you agreed with your VP in your one-on-ones."
            : `${commitments.length} open from your one-on-ones with your VP${overdue ? `, ${overdue} overdue` : ""}. They come up for review at your next one.`}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {commitments.length === 0 ? (
          <p className="text-sm text-slate-600">No open commitments. New ones appear here when you agree them in a one-on-one with your VP.</p>
        ) : (
          <ul aria-label="Your open commitments" className="divide-y divide-slate-100">
            {commitments.map((commitment) => (
              <li key={commitment.id} className={commitment.overdue ? "border-l-4 border-red-500 py-2 pl-3" : "py-2 pl-4"}>
                <p className="text-sm font-medium text-slate-900">{commitment.text}</p>
                <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
                  <span>Due {formatDate(commitment.dueOn)}</span>
                  {commitment.overdue ? <Badge tone="bad">Overdue</Badge> : null}
                  <span aria-hidden="true">·</span>
                  <Link href={`/one-on-ones/${commitment.oneOnOne.id}`} className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                    From your one-on-one on {commitment.oneOnOne.label}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
