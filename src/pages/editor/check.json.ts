/** The published text's check as JSON (src/components/editor/shipped.ts), loaded by the editor on first use. */
import { shippedCheck } from "../../components/editor/shipped";

export function GET(): Response {
  return new Response(JSON.stringify(shippedCheck()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
