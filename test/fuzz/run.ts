/**
 * The long fuzz run (`npm run fuzz [-- RUNS]`, default 1,000,000 cases): the laws of the short runs
 * in `npm test`, many more times, with progress. A failure prints the seed and the shrunk input.
 */
import fc from "fast-check";
import { checkerObeysLaw, policyText } from "./policy-text";
import { recordJson, recordObeysLaw } from "./records";

const runs = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.env.SEED ?? Date.now() % 2 ** 31);
function run<T>(name: string, arbitrary: fc.Arbitrary<T>, law: (value: T) => void): void {
  const started = Date.now();
  let done = 0;
  console.log(`${name}: ${runs} cases, seed ${seed}`);
  fc.assert(
    fc.property(arbitrary, (value) => {
      law(value);
      if (++done % 10_000 === 0) {
        const rate = done / ((Date.now() - started) / 1000);
        console.log(`  ${done} / ${runs}  (${Math.round(rate)}/s, about ${Math.round((runs - done) / rate / 60)} min left)`);
      }
    }),
    { numRuns: runs, seed },
  );
  console.log(`${name}: passed ${runs} cases in ${Math.round((Date.now() - started) / 1000)} s`);
}

run("policy text", policyText, checkerObeysLaw);
run("records", recordJson, recordObeysLaw);
