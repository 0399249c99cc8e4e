/** The checked policy served by src/site/policy-module.ts. */
declare module "virtual:checked-policy" {
  const policy: import("../check/schema").Policy;
  export default policy;
}
