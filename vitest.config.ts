import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file runs its own in-process platform against the shared moto_server.
    pool: 'forks',
    maxWorkers: 2,
    env: {
      POWERTOOLS_LOG_LEVEL: 'WARN',
      AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1',
    },
  },
});
