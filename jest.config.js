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
/**
 * Univer's CommonJS builds require a few packages that ship ES modules only; Jest (CommonJS) gets
 * them transpiled by ts-jest. lodash-es is mapped to lodash instead (same API, already CommonJS,
 * and far fewer files to transpile).
 */
const ESM_ONLY = [
  "nanoid",
  "rbush",
  "quickselect",
  "kdbush",
  "cjk-regex",
  "regexp-util",
  "unicode-regex",
  "franc-min",
  "trigram-utils",
  "n-gram",
  "collapse-white-space",
];
const esmJs = [
  "ts-jest",
  {
    tsconfig: { allowJs: true, module: "commonjs", esModuleInterop: true, verbatimModuleSyntax: false },
    diagnostics: false,
  },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest, [`/node_modules/(${ESM_ONLY.join("|")})/.+\\.js$`]: esmJs },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join("|")})/)`],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  moduleNameMapper: {
    "\\.(css)$": "<rootDir>/tests/support/styleMock.js",
    "^lodash-es$": "lodash",
  },
};
module.exports = {
  // Generous: the LibreOffice and Chromium suites wait on child processes that slow down a lot on a
  // busy 2-core machine; a timeout here should mean a hang, not load.
  testTimeout: 180000,
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
