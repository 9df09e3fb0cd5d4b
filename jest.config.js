/**
 * One Jest run, several projects: pure unit tests (node), component tests (jsdom),
 * LibreOffice-recalculation tests, headless-Chromium end-to-end tests (node, slower) and checks
 * of the production build (manifest, page, CSP).
 */
const tsJest = [
  "ts-jest",
  {
    // Type checking is done once by `tsc --noEmit` in `npm test`; here we only transpile.
    tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true, verbatimModuleSyntax: false },
    diagnostics: false,
  },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  moduleNameMapper: {
    "\\.(css)$": "<rootDir>/tests/support/styleMock.js",
  },
};
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/unit/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "components",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/tests/components/**/*.test.tsx"],
    },
    {
      ...common,
      displayName: "libreoffice",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/libreoffice/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
    },
    {
      // Checks of the production build in dist/ (npm test builds before Jest runs).
      ...common,
      displayName: "build",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/build/**/*.test.ts"],
    },
  ],
};
