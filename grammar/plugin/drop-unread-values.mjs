/**
 * Values nobody reads are not built:
 *
 *   $…                 matches its expression without taking the substring
 *   a sequence         plucks its first element instead of putting all of them into an array
 *                      (a sequence that is an action's expression makes no array: Peggy passes
 *                      its labels to the action)
 *   R* and R+          of a rule R: calls the rule until it fails, without collecting its values
 *                      (Blank* before every line made an array, with room for sixteen, per line)
 */
import { predicate, rewriteExpressions } from "./rewrite.mjs";

export function dropUnreadValues(ast) {
  rewriteExpressions(ast, (node, parent) => {
    if (!node.unread) return node;
    switch (node.type) {
      case "text":
        return node.expression;
      case "zero_or_more":
      case "one_or_more":
        if (node.expression.type !== "rule_ref") return node;
        return predicate(node, `let n = 0; while (peg$parse${node.expression.name}() !== peg$FAILED) n++; return n > ${node.type === "one_or_more" ? 0 : -1};`);
      case "sequence": {
        if (parent.type === "action" || node.elements.length < 2 || node.elements.some((e) => e.type === "labeled" && e.pick)) return node;
        const [first, ...rest] = node.elements;
        const plucked =
          first.type === "labeled"
            ? { ...first, pick: true }
            : { type: "labeled", label: null, pick: true, expression: first, labelLocation: first.location, location: first.location };
        node.elements = [plucked, ...rest];
        return node;
      }
      default:
        return node;
    }
  });
}
