/**
 * The prose pages in content/*.mdx (使用说明, 常见问题). Their frontmatter is checked with zod, so a
 * missing title stops the build with the file's name.
 */
import { z } from "zod";

export const GuideFrontmatter = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Position in lists, ascending. */
  order: z.number().int(),
});

export interface GuidePage extends z.output<typeof GuideFrontmatter> {
  slug: string;
  Content: (props: Record<string, unknown>) => unknown;
}

interface MdxModule {
  frontmatter: unknown;
  default: GuidePage["Content"];
}

const modules = import.meta.glob<MdxModule>("../../content/*.mdx", { eager: true });

export function guidePages(): GuidePage[] {
  return Object.entries(modules)
    .map(([path, mod]) => {
      const slug = path.replace(/^.*\//, "").replace(/\.mdx$/, "");
      const parsed = GuideFrontmatter.safeParse(mod.frontmatter);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "frontmatter"}：${i.message}`).join("；");
        throw new Error(`content/${slug}.mdx 的开头信息有误：${issues}`);
      }
      return { ...parsed.data, slug, Content: mod.default };
    })
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}
