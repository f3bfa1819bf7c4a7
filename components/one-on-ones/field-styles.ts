// The look of native selects and textareas, matching components/ui/input.tsx.
export const selectClass = "h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 aria-[invalid=true]:border-red-600 disabled:bg-slate-100";
export const textareaClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm leading-6 text-slate-900 placeholder:text-slate-500 read-only:bg-slate-50 aria-[invalid=true]:border-red-600 disabled:bg-slate-100";
