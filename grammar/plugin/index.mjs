/**
 * A Peggy plugin: the generated parser skips building values that nothing reads.
 *
 * Peggy builds a value for every expression it matches: a string for each character of a class,
 * an array for each sequence and repetition, a substring for each literal it tests. A policy's
 * parser reads few of them (an action reads its labels; `$` reads only the position), and building
 * the others was most of its time and garbage. These passes find the values nobody reads and match
 * those expressions without building them, with the same result, position and expectations, so the
 * parse tree and every syntax error stay what Peggy's own code gives (test/syntax/plugin.test.ts).
 *
 *   findUnreadValues      marks every expression whose value no action, label, pluck or caller reads
 *   scanRuns              [C]*, (![C] .)*, (&[C] .)*: the whole run at once, no string per character
 *   matchWords            a literal of two or more characters: startsWith, no substring
 *   testLookaheads        ![C] and &[C]: a test of the character code, no one-character string
 *   matchClasses          [C] alone: a test of the character code, no one-character string, no regex
 *   dropUnreadValues      an unread $: no substring; an unread sequence: no array
 *
 * `npm run grammar` and test/syntax/parser.test.ts both generate the parser with it.
 */
import { dropUnreadValues } from "./drop-unread-values.mjs";
import { findUnreadValues } from "./find-unread-values.mjs";
import { matchClasses } from "./match-classes.mjs";
import { matchWords } from "./match-words.mjs";
import { scanRuns } from "./scan-runs.mjs";
import { testLookaheads } from "./test-lookaheads.mjs";

/** After Peggy merges `"a" / [b-c]` into one class, before it infers what always matches. */
export function use(config) {
  const passes = config.passes.transform;
  const at = passes.findIndex((pass) => pass.name === "inferenceMatchResult");
  passes.splice(at === -1 ? passes.length : at, 0, findUnreadValues, scanRuns, matchWords, testLookaheads, matchClasses, dropUnreadValues);
}
