"use client";
import { useId, useState } from "react";
import { importQuotasAction } from "@/app/(app)/org/goals/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { textareaClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";
import { Table, Td, Th } from "@/components/ui/table";

const EXAMPLE = "rep_email,period,amount\nrep1@example.com,2026-Q3,250000\nrep2@example.com,2026-07,80000";

/**
 * ADMIN: quotas from a CSV (rep_email, period, amount). All or nothing: every failing row is
 * listed with its line and column, and nothing is imported until the file is clean.
 */
export function QuotaImportForm() {
  const fileId = useId();
  const textId = useId();
  const [csv, setCsv] = useState("");
  const [confirm, setConfirm] = useState(false);
  const importer = useActionRunner(importQuotasAction);
  const result = importer.result;
  const rowErrors = result.ok === false ? Object.entries(result.fieldErrors ?? {}).filter(([key]) => key.startsWith("row ")) : [];
  const over = result.ok === false && result.message.startsWith("Over-allocated");
  return (
    <form
      noValidate
      aria-label="Import quotas"
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        importer.run({ csv, confirmOverAllocation: confirm }, () => setConfirm(false));
      }}
    >
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={fileId}>CSV file</Label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          className="text-sm"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (file) setCsv(await file.text());
          }}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={textId}>Or paste it (columns rep_email, period, amount)</Label>
        <textarea id={textId} rows={6} className={textareaClass} placeholder={EXAMPLE} value={csv} onChange={(event) => setCsv(event.target.value)} />
      </div>
      {over ? (
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" className="mt-1" checked={confirm} onChange={(event) => setConfirm(event.target.checked)} />
          Import even though quotas add up to more than a team&apos;s goal (recorded in the audit log)
        </label>
      ) : null}
      <div>
        <Button type="submit" disabled={importer.pending || csv.trim() === ""} aria-busy={importer.pending}>
          {importer.pending ? "Importing…" : "Import quotas"}
        </Button>
      </div>
      <div aria-live="polite" className="flex flex-col gap-2">
        {result.ok === false ? <Alert tone="error">{result.message}</Alert> : null}
        {rowErrors.length ? (
          <Table data-testid="import-errors">
            <caption className="sr-only">Rows that failed validation</caption>
            <thead>
              <tr className="text-left text-slate-700">
                <Th>Row and column</Th>
                <Th>Problem</Th>
              </tr>
            </thead>
            <tbody>
              {rowErrors.flatMap(([where, messages]) =>
                messages.map((message, index) => (
                  <tr key={`${where}-${index}`} className="border-t border-slate-100">
                    <Td className="whitespace-nowrap">{where}</Td>
                    <Td>{message}</Td>
                  </tr>
                )),
              )}
            </tbody>
          </Table>
        ) : null}
        {result.ok === true && result.data ? (
          <Alert tone="success">
            Imported {result.data.rows} {result.data.rows === 1 ? "row" : "rows"}: {result.data.changed} quotas changed, {result.data.unchanged} already as in
            the file ({result.data.periods.join(", ")}).
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
