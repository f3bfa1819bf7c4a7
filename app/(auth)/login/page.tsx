import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { homePath } from "@/lib/access/policy";
import { getViewer } from "@/lib/server/viewer/get-viewer";
import { callbackUrlSchema } from "@/lib/validation/callback-url";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const target = callbackUrlSchema.parse(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  const viewer = await getViewer();
  if (viewer) redirect(target === "/" ? homePath(viewer) : target);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-2xl font-bold tracking-tight text-brand-700">Coachboard</p>
          <h1 className="mt-2 text-lg font-semibold text-slate-900">Sign in to coach to the numbers</h1>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm callbackUrl={target} />
        </div>
      </div>
    </main>
  );
}
