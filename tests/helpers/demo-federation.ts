import type { MedusaContainer } from "@medusajs/framework/types"
import seedDemoFederation from "../../demo/seed"

export type DemoFederation = Awaited<ReturnType<typeof seedDemoFederation>>

/** The demo federation the README's demo serves, seeded into the test database. */
export async function seedDemo(container: MedusaContainer) {
  const demo = await seedDemoFederation({ container, args: [] })
  return {
    ...demo,
    storeHeaders: { headers: { "x-publishable-api-key": demo.publishable_key as string } },
  }
}
