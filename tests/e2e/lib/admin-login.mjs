// Logging in to the Medusa admin, for the journeys that start there.
import { assert, eventually } from "./harness.mjs"

// `medusa develop` compiles the admin with Vite on first request: slow on a small machine.
export const FIRST_LOAD_MS = 240_000

/** Logs in on the admin's own form, then waits for `landmark` (a sidebar link) to show the app loaded. */
export async function logInToAdmin(page, { appUrl, admin, landmark }) {
  await page.goto(appUrl, { timeout: FIRST_LOAD_MS })
  await page.locator('input[name="email"]').waitFor({ timeout: FIRST_LOAD_MS })
  await page.locator('input[name="email"]').fill(admin.email)
  await page.locator('input[name="password"]').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await eventually(async () => assert.ok(!page.url().includes("/login"), "still on the login page"), {
    timeout: 60_000,
  })
  await page.locator(landmark).first().waitFor({ timeout: FIRST_LOAD_MS })
}
