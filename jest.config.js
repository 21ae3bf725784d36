/** Unit, property and component tests. Browser tests live in tests/browser and run with `npm run test:browser`. */
module.exports = {
  testEnvironment: "node",
  // A guard against hangs, not a speed target: CI machines are shared, and a loaded one renders slowly.
  testTimeout: 60_000,
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/tests/support/fileStub.js" },
};
