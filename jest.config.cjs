/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
  testTimeout: 60000,
};
