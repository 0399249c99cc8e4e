/**
 * The checked policy as the pages see it: loaded and checked once per build, from policy/.
 * Pages read the policy only through this module and the view helpers beside it.
 */
import { loadPublishedPolicy } from "./load";
import type { Policy } from "../check/schema";

const published = loadPublishedPolicy();

export const policy: Policy = published.policy;
export const policyFile: string = published.file;
