/**
 * Imported first by the calculator island, before any module that builds a zod schema: zod 4
 * otherwise probes `new Function` to compile its parsers, which the site's Content-Security-Policy
 * refuses and reports as a violation. Without the JIT zod validates the same way, interpreted.
 */
import { z } from "zod/mini";

z.config({ jitless: true });
