/**
 * `virtual:checked-policy`: the checked policy serialised as a module, so that the calculator
 * island imports it like any other module (and never the parser or the checker). The pages read
 * it from here too, so the policy is checked once per build.
 */
import type { ViteUserConfig } from "astro";
import type { Policy } from "../check/schema";

export const POLICY_MODULE = "virtual:checked-policy";
const RESOLVED = "\0" + POLICY_MODULE;

/** Vite's plugin type as Astro's own copy of Vite declares it. */
type VitePlugin = Extract<NonNullable<ViteUserConfig["plugins"]>[number], { name: string }>;

export function checkedPolicyModule(policy: Policy): VitePlugin {
  return {
    name: "checked-policy-module",
    resolveId(id) {
      return id === POLICY_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      // JSON.parse of a string literal is faster to start than a large object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(policy))});`;
    },
  };
}
