const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const suites = {
  unit: ["<rootDir>/tests/unit/**/*.spec.ts"],
  "integration:modules": ["<rootDir>/tests/modules/**/*.spec.ts"],
  "integration:http": ["<rootDir>/tests/http/*.spec.ts"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "<rootDir>/storefront-starter/", "<rootDir>/node_modules/"],
  setupFiles: ["<rootDir>/tests/setup.js"],
  testSequencer: "<rootDir>/tests/helpers/heaviest-first.cjs",
  testMatch: suites[process.env.TEST_TYPE] ?? Object.values(suites).flat(),
  testTimeout: 120000,
}
