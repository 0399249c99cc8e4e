/**
 * The Astro integration that refuses to build a broken policy: it checks the policy files before
 * anything is rendered and prints the located messages. In `astro dev` the files are watched.
 * It also provides the checked policy to client code as `virtual:checked-policy`.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { relative, resolve } from "node:path";
import { PolicyBuildError, POLICY_DIR, buildDay, checkPolicySources, readPolicyDir, sitePolicy, type SitePolicy } from "./load";
import { checkedPolicyModule } from "./policy-module";

export function policyCheck(dir: string = POLICY_DIR): AstroIntegration {
  return {
    name: "policy-check",
    hooks: {
      "astro:config:setup": ({ config, logger, addWatchFile, updateConfig }) => {
        const rootDir = fileURLToPath(config.root);
        const sources = readPolicyDir(resolve(rootDir, dir));
        for (const source of sources) addWatchFile(source.file);
        let site: SitePolicy;
        try {
          const checked = checkPolicySources(sources.map((s) => ({ ...s, file: relative(rootDir, s.file) })));
          for (const c of checked) for (const w of c.warnings) logger.warn("\n" + w);
          logger.info(`政策检查通过：${checked.map((c) => `${c.policy.title} ${c.policy.version}（${c.policy.clauses.length} 条款）`).join("，")}`);
          site = sitePolicy(checked, buildDay());
          const current = site.versions[site.current]!.policy;
          logger.info(`发布：${current.title} ${current.version}（${current.effective} 起施行），共 ${site.versions.length} 个版本`);
        } catch (e) {
          if (!(e instanceof PolicyBuildError)) throw e;
          logger.error("\n" + e.message + "\n");
          // The messages are printed above; Astro adds a stack trace to whatever is thrown.
          throw new Error(`政策文件有 ${e.messages.length} 处错误，站点未生成（详见上方）。`);
        }
        updateConfig({ vite: { plugins: [checkedPolicyModule(site)] } });
      },
    },
  };
}
