import "server-only";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/server/http/errors";

/**
 * A file sent as the whole request body, exactly: a proxy in front (or Next's own, past its body
 * limit) may hand on only the first part of a body, and part of a CSV must never be imported.
 */
export async function readUploadedText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (!Number.isSafeInteger(declared) || declared < 0) throw new InvalidInputError("Send the file with its Content-Length");
  if (declared > maxBytes) throw new PayloadTooLargeError(`The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; split it into smaller files`);
  const bytes = Buffer.from(await request.arrayBuffer());
  if (bytes.byteLength !== declared) throw new InvalidInputError(`Only ${bytes.byteLength.toLocaleString("en-US")} of ${declared.toLocaleString("en-US")} bytes of the file arrived, so nothing was kept; try again`);
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}
