/**
 * The Astro integration that refuses to build a broken policy: it checks the policy files before
 * anything is rendered and prints the located messages. In `astro dev` the files are watched.
 * It also provides the checked policy to client code as `virtual:checked-policy`.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { relative, resolve } from "node:path";
import { PolicyBuildError, POLICY_DIR, checkPolicySources, readPolicyDir } from "./load";
import { checkedPolicyModule } from "./policy-module";

export function policyCheck(dir: string = POLICY_DIR): AstroIntegration {
  return {
    name: "policy-check",
    hooks: {
      "astro:config:setup": ({ config, logger, addWatchFile, updateConfig }) => {
        const rootDir = fileURLToPath(config.root);
        const sources = readPolicyDir(resolve(rootDir, dir));
        for (const source of sources) addWatchFile(source.file);
        let checked;
        try {
          checked = checkPolicySources(sources.map((s) => ({ ...s, file: relative(rootDir, s.file) })));
          for (const c of checked) for (const w of c.warnings) logger.warn("\n" + w);
          logger.info(`政策检查通过：${checked.map((c) => `${c.policy.title}（${c.policy.clauses.length} 条款）`).join("，")}`);
        } catch (e) {
          if (!(e instanceof PolicyBuildError)) throw e;
          logger.error("\n" + e.message + "\n");
          // The messages are printed above; Astro adds a stack trace to whatever is thrown.
          throw new Error(`政策文件有 ${e.messages.length} 处错误，站点未生成（详见上方）。`);
        }
        // The site publishes the first policy in name order.
        updateConfig({ vite: { plugins: [checkedPolicyModule(checked[0]!.policy)] } });
      },
    },
  };
}
