import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6 text-center">
      <h1 className="text-lg font-semibold text-slate-900">Not found</h1>
      <p className="mt-2 text-sm text-slate-700">This page does not exist, or it is not yours to see.</p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
        Go to your home page
      </Link>
    </div>
  );
}
