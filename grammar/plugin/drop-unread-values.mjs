/**
 * An unread `$…` matches its expression without taking the substring; an unread sequence plucks
 * its first element, so that Peggy does not put its elements into an array. (A sequence that is an
 * action's expression makes no array: Peggy passes its labels to the action.)
 */
import { rewriteExpressions } from "./rewrite.mjs";

export function dropUnreadValues(ast) {
  rewriteExpressions(ast, (node, parent) => {
    if (!node.unread) return node;
    if (node.type === "text") return node.expression;
    if (node.type !== "sequence" || parent.type === "action" || node.elements.length < 2) return node;
    if (node.elements.some((e) => e.type === "labeled" && e.pick)) return node;
    const [first, ...rest] = node.elements;
    const plucked =
      first.type === "labeled"
        ? { ...first, pick: true }
        : { type: "labeled", label: null, pick: true, expression: first, labelLocation: first.location, location: first.location };
    node.elements = [plucked, ...rest];
    return node;
  });
}
