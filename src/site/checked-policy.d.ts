declare module "virtual:checked-policy" {
  import type { Policy } from "../check/schema";
  const policy: Policy;
  export default policy;
}
