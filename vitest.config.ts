import {defineConfig} from 'vitest/config';

export default defineConfig({
  define: {__DOCKHAND_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0-test')},
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration and e2e tests share one real daemon and two cores: keep files from piling up.
    maxWorkers: 2,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
