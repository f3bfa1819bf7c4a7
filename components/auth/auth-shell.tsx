/** The signed-out pages' frame: the product name, a heading and one card. */
export function AuthShell({ title, intro, children, wide = false }: { title: string; intro?: React.ReactNode; children: React.ReactNode; wide?: boolean }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className={wide ? "w-full max-w-lg" : "w-full max-w-sm"}>
        <div className="mb-8 text-center">
          <p className="text-2xl font-bold tracking-tight text-brand-700">Coachboard</p>
          <h1 className="mt-2 text-lg font-semibold text-slate-900">{title}</h1>
          {intro ? <p className="mt-2 text-sm text-slate-700">{intro}</p> : null}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}
