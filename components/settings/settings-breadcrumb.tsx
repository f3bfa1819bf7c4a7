import Link from "next/link";

/** "Settings / Users": the way back to the settings home from a section. */
export function SettingsBreadcrumb({ current }: { current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <ol className="flex gap-1 text-slate-600">
        <li>
          <Link href="/settings" className="text-brand-700 underline-offset-2 hover:underline">
            Settings
          </Link>
          <span aria-hidden="true"> /</span>
        </li>
        <li aria-current="page" className="text-slate-800">
          {current}
        </li>
      </ol>
    </nav>
  );
}
