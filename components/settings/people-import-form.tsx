"use client";
import { useEffect, useId, useRef, useState } from "react";
import Link from "next/link";
import { previewPeopleImportAction, runPeopleImportAction } from "@/app/(app)/settings/users/import/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Table, Td, Th } from "@/components/ui/table";
import type { PeopleImportOutcome } from "@/lib/server/people-import/import-people";

type RowProblem = { row: number; column: string | null; message: string };
type Answer = { status: "planned"; outcome: PeopleImportOutcome } | { status: "invalid"; message: string; errors: RowProblem[] };

const ACTION_LABEL = { create: "New", update: "Updated", unchanged: "Unchanged" } as const;
const ACTION_TONE = { create: "good", update: "info", unchanged: "neutral" } as const;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

function describeCounts(counts: PeopleImportOutcome["counts"]): string {
  const { people, teams, regions } = counts;
  return [
    `${plural(people.created, "new person", "new people")}`,
    `${people.updated.toLocaleString("en-US")} updated${people.moved ? ` (${people.moved} moved)` : ""}`,
    `${people.unchanged.toLocaleString("en-US")} unchanged`,
    `${plural(teams.created, "new team")}${teams.updated ? `, ${plural(teams.updated, "team")} changed` : ""}`,
    plural(regions.created, "new region"),
  ].join(" · ");
}

export function PeopleImportForm({ maxBytes }: { maxBytes: number }) {
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [imported, setImported] = useState<PeopleImportOutcome | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<"checking" | "importing" | null>(null);
  const [sendInvitations, setSendInvitations] = useState(true);
  const invitationsId = useId();
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (answer || imported) resultRef.current?.focus();
  }, [answer, imported]);

  async function check(next: { name: string; csv: string }) {
    setBusy("checking");
    setMessage(null);
    const result = await previewPeopleImportAction(null, { csv: next.csv });
    setBusy(null);
    if (result.ok && result.data) setAnswer(result.data);
    else if (result.ok === false) setMessage(result.message);
  }

  async function choose(chosen: File | undefined) {
    setAnswer(null);
    setImported(null);
    setMessage(null);
    if (!chosen) return;
    if (chosen.size > maxBytes) {
      setMessage(`${chosen.name} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; split it into smaller files.`);
      return;
    }
    const next = { name: chosen.name, csv: await chosen.text() };
    setFile(next);
    await check(next);
  }

  async function runImport() {
    if (!file || answer?.status !== "planned") return;
    setBusy("importing");
    setMessage(null);
    const result = await runPeopleImportAction(null, { csv: file.csv, planFingerprint: answer.outcome.fingerprint, sendInvitations });
    setBusy(null);
    if (result.ok && result.data?.status === "planned") {
      setImported(result.data.outcome);
      setAnswer(null);
    } else if (result.ok && result.data) setAnswer(result.data);
    else if (result.ok === false) setMessage(result.message);
  }

  const plan = answer?.status === "planned" ? answer.outcome : null;
  const changes = plan ? plan.counts.people.created + plan.counts.people.updated + plan.counts.teams.created + plan.counts.teams.updated : 0;

  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle>Choose the file</CardTitle>
          <CardDescription>It is checked at once; nothing is written until you import.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          <div className="flex flex-col gap-1">
            <Label htmlFor={fileId}>Org chart (CSV)</Label>
            <input
              id={fileId}
              type="file"
              accept=".csv,text/csv"
              className="block w-full max-w-md text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
              onChange={(event) => {
                const chosen = event.target.files?.[0];
                // Cleared, so that choosing the same (edited) file again checks it again.
                event.target.value = "";
                void choose(chosen);
              }}
            />
          </div>
          <p role="status" className="text-sm text-slate-700" data-testid="people-import-file">
            {busy === "checking" ? `Checking ${file?.name ?? "the file"}…` : file ? `File: ${file.name}` : null}
          </p>
          {message ? <Alert tone="error">{message}</Alert> : null}
        </CardContent>
      </Card>

      <div ref={resultRef} tabIndex={-1} className="flex flex-col gap-6 outline-none">
        {imported ? (
          <Alert tone="success" data-testid="people-import-result">
            <p className="font-medium">Imported: {describeCounts(imported.counts)}.</p>
            <p className="mt-1">
              {imported.invitationsQueued
                ? `${plural(imported.invitationsQueued, "invitation")} to set a password ${imported.invitationsQueued === 1 ? "is" : "are"} on the way. `
                : "New people have no password yet: invite them from "}
              {imported.invitationsQueued ? "Pending invitations are under " : null}
              <Link href="/settings/users" className="underline">
                Users
              </Link>
              . Teams and their regions are under{" "}
              <Link href="/settings/teams" className="underline">
                Teams
              </Link>
              .
            </p>
          </Alert>
        ) : null}

        {answer?.status === "invalid" ? (
          <Card>
            <CardHeader>
              <CardTitle>Nothing can be imported yet</CardTitle>
              <CardDescription>{answer.message}. Fix these rows in the file and choose it again.</CardDescription>
            </CardHeader>
            <CardContent className="px-2">
              <Table aria-label="Problems in the file" data-testid="people-import-errors">
                <thead>
                  <tr>
                    <Th>Row</Th>
                    <Th>Column</Th>
                    <Th>Problem</Th>
                  </tr>
                </thead>
                <tbody>
                  {answer.errors.map((error, index) => (
                    <tr key={`${error.row}-${index}`}>
                      <Td className="tabular-nums">{error.row}</Td>
                      <Td>{error.column ?? "—"}</Td>
                      <Td>{error.message}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </CardContent>
          </Card>
        ) : null}

        {plan ? (
          <Card>
            <CardHeader>
              <CardTitle>What the import will do</CardTitle>
              <CardDescription data-testid="people-import-counts">{describeCounts(plan.counts)}.</CardDescription>
            </CardHeader>
            <CardContent className="flex flex-col gap-4 px-2">
              <label htmlFor={invitationsId} className="flex items-start gap-2 px-3 text-sm">
                <input id={invitationsId} type="checkbox" checked={sendInvitations} onChange={(event) => setSendInvitations(event.target.checked)} className="mt-1" />
                <span>Send invitations: email everyone in the file who has no password yet a link to set one</span>
              </label>
              <div className="flex flex-wrap items-center gap-3 px-3">
                <Button type="button" onClick={() => void runImport()} disabled={busy !== null || changes === 0}>
                  {busy === "importing" ? "Importing…" : changes === 0 ? "Nothing to change" : `Import ${plural(plan.people.length, "person", "people")}`}
                </Button>
                <Button type="button" variant="secondary" onClick={() => file && void check(file)} disabled={busy !== null}>
                  Check again
                </Button>
              </div>
              {plan.teams.length ? (
                <Table aria-label="Teams in the file">
                  <thead>
                    <tr>
                      <Th>Team</Th>
                      <Th>Manager</Th>
                      <Th>Region</Th>
                      <Th>Change</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.teams.map((team) => (
                      <tr key={team.name}>
                        <Td className="font-medium">{team.name}</Td>
                        <Td>{team.manager ?? "—"}</Td>
                        <Td>{team.region ?? "—"}</Td>
                        <Td>
                          <Badge tone={ACTION_TONE[team.action]}>{ACTION_LABEL[team.action]}</Badge>
                          {team.changes.length ? <div className="mt-1 text-xs text-slate-700">{team.changes.join("; ")}</div> : null}
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : null}
              <Table aria-label="People in the file" data-testid="people-import-plan">
                <thead>
                  <tr>
                    <Th>Row</Th>
                    <Th>Person</Th>
                    <Th>Role</Th>
                    <Th>Team</Th>
                    <Th>Change</Th>
                  </tr>
                </thead>
                <tbody>
                  {plan.people.map((person) => (
                    <tr key={person.email}>
                      <Td className="tabular-nums">{person.row}</Td>
                      <Td>
                        <div className="font-medium">{person.name}</div>
                        <div className="text-xs text-slate-600">{person.email}</div>
                      </Td>
                      <Td>{person.role}</Td>
                      <Td>{person.team ?? (person.reportsTo ? `reports to ${person.reportsTo}` : "—")}</Td>
                      <Td>
                        <Badge tone={ACTION_TONE[person.action]}>{person.moved ? "Moved" : ACTION_LABEL[person.action]}</Badge>
                        {person.changes.length ? <div className="mt-1 text-xs text-slate-700">{person.changes.join("; ")}</div> : null}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
