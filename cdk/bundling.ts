/**
 * The esbuild settings every function is bundled with: used by the CDK construct and by the
 * benchmark's bundle-size figures, so that what is measured is what is deployed. ESM builds of
 * the packages first ('module'): the SDK's ES modules tree-shake far better than its CommonJS.
 */
export const BUNDLING = {
  target: 'node22',
  minify: true,
  mainFields: ['module', 'main'],
  /** ESM bundles may still contain CommonJS that calls require(). */
  banner: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);",
} as const;
