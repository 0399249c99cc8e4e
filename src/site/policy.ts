/**
 * The checked policy as the pages see it: checked once per build by the policy-check integration
 * and served as `virtual:checked-policy`. Pages read the policy only through this module.
 */
import checked from "virtual:checked-policy";
import type { Policy } from "../check/schema";

export const policy: Policy = checked;
