import { dropPostgresDatabaseTemplate, medusaIntegrationTestRunner, type MedusaSuiteOptions } from "@medusajs/test-utils"

/**
 * An HTTP suite: what a spec file used to hand `medusaIntegrationTestRunner`, now run by a
 * group spec (tests/http/*.spec.ts) on a Medusa app that boots once for the whole group.
 *
 * Each suite still sees what it saw with an app of its own: it starts on the freshly migrated,
 * empty database, its `beforeAll` hooks seed it, and every test after the first starts from
 * that seeded state again (Medusa's runner restores it from a template before each test).
 * What a suite cannot rely on any more is process state: a suite must not set environment
 * variables the app reads at boot (scripts/test.mjs sets those once, for every group).
 */
export type HttpSuite = (options: MedusaSuiteOptions) => void

export const httpSuite = (suite: HttpSuite): HttpSuite => suite

/** Runs `suites` one after another, in the order given, on one Medusa app. */
export function runHttpSuites(suites: Record<string, HttpSuite>) {
  medusaIntegrationTestRunner({
    testSuite: (options) => {
      // The migrated, empty database every suite starts from.
      const empty = `${options.dbConfig.dbName}-empty`
      beforeAll(() => options.dbUtils.snapshot({ templateName: empty }))
      afterAll(() => dropPostgresDatabaseTemplate(empty))

      Object.entries(suites).forEach(([name, suite], index) => {
        describe(name, () => {
          if (index > 0) beforeAll(() => options.dbUtils.restore({ templateName: empty }))
          suite(options)
          // After the suite's own beforeAll hooks (registered above, so they run first): the
          // state the runner restores before each of this suite's tests.
          beforeAll(() => options.dbUtils.snapshot())
        })
      })
    },
  })
}
