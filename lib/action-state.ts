// What every server action answers (lib/server/http/action.ts's viewerAction), declared once outside
// lib/server so that forms in the browser can name it too.
export type FieldErrors = Record<string, string[]>;

export type ActionState<T = undefined> = { ok: true; message?: string; data?: T } | { ok: false; message: string; fieldErrors?: FieldErrors } | { ok: null };
