import { Alert } from "@/components/ui/alert";

/**
 * What the import reads, shown before a file is chosen: the formats with an example each, a
 * sample file built from the organization's own stages, and the one thing to know first — a value
 * in the file replaces what is already logged for that rep, day and stage.
 */
export function ImportFormatHelp({ stages, dateExample }: { stages: { key: string; label: string }[]; dateExample: string }) {
  const keys = stages.map((stage) => stage.key);
  const first = keys[0] ?? "dials";
  const second = keys[1] ?? first;
  const longSample = [
    "repEmail,date,stage,count",
    `rep@example.com,${dateExample},${first},48`,
    `rep@example.com,${dateExample},${second},9`,
    `rep@example.com,${dateExample},revenue,1250.00`,
  ].join("\n");
  const wideSample = [
    ["rep_email", "date", ...keys, "revenue"].join(","),
    ["rep@example.com", dateExample, ...keys.map((_, index) => String(Math.max(1, 48 >> index))), "1250.00"].join(","),
  ].join("\n");
  return (
    <div className="flex flex-col gap-3 text-sm text-slate-700" data-testid="import-format-help">
      <Alert tone="warning">
        A value in the file <strong>replaces</strong> what is already logged for the same rep, day and stage (it is not added to it). Days and stages the file
        does not mention stay as they are.
      </Alert>
      <details className="rounded-md border border-slate-200 bg-white px-3 py-2">
        <summary className="cursor-pointer font-medium text-slate-800">File formats and a sample file</summary>
        <div className="mt-2 flex flex-col gap-3">
          <p>
            <strong>Long</strong>: one row per rep, day and stage, with the columns <code>rep_email</code> (or <code>repEmail</code>, as the API names it),{" "}
            <code>date</code>, <code>stage</code> (one of {[...keys, "revenue"].join(", ")}) and <code>count</code>. Revenue is in the currency&apos;s units.
          </p>
          <pre className="max-w-full overflow-x-auto rounded bg-slate-50 p-2 text-xs">{longSample}</pre>
          <p>
            <strong>Wide</strong>: one row per rep and day, one column per stage.
          </p>
          <pre className="max-w-full overflow-x-auto rounded bg-slate-50 p-2 text-xs">{wideSample}</pre>
          <p>Salesforce and HubSpot activity exports are recognised by their own headers. Any other file: map its columns in step 2.</p>
          <p>
            <a
              download="coachboard-activity-sample.csv"
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(`${longSample}\n`)}`}
              className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700"
            >
              Download a sample file (long format)
            </a>
          </p>
        </div>
      </details>
    </div>
  );
}
