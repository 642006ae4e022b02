import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    // Fixture setup (the demo corpus analysed once in beforeAll) can take over 10 s on a loaded 2-core machine.
    hookTimeout: 60_000,
    pool: "forks",
  },
});
