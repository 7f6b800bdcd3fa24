import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { PARTNER_MODULE } from "../src/modules/partner"
import type PartnerModuleService from "../src/modules/partner/service"
import { createPartnerWorkflow } from "../src/workflows/create-partner"
import { rotatePartnerSecretWorkflow } from "../src/workflows/rotate-partner-secret"
import { setProductVisibilityWorkflow } from "../src/workflows/set-product-visibility"
import { setPurchaseRuleWorkflow } from "../src/workflows/set-purchase-rule"
import { setProductDeliveryWorkflow } from "../src/workflows/set-product-delivery"
import { updatePartnerWorkflow } from "../src/workflows/update-partner"

const PARTNER_NAME = "Salt Coast Online"
const PROTECTED_HANDLE = "turn-pack"
/** $250 of turns every 30 days per game account. */
const TURNS_LIMIT = { limit_amount: 250, limit_period_days: 30 }

type DemoPartner = { partner_id: string; key_id: string; secret: string }

/**
 * The demo's partner: Lantern Forge's game "Salt Coast Online", whose turn packs are
 * protected for its players (at most $250 every 30 days per account). Run by
 * `npm run demo` after the demo seed; writes the partner's signing key to
 * DEMO_PARTNER_OUTPUT, where the demo's game page (a server route of the storefront)
 * reads it. The secret is shown once by design, so a later run reuses the file, or, when
 * it is gone, rotates the secret (without overlap) and writes the new one. The game's
 * immediate deliveries go to the demo partner service on the Medusa server
 * (demo/plugin/src/api/partner-demo, on when FEDERATED_CART_DEMO_PARTNER=on).
 */
export default async function seedPartnerDemo({ container }: ExecArgs) {
  const output = process.env.DEMO_PARTNER_OUTPUT
  if (!output) {
    throw new Error("Set DEMO_PARTNER_OUTPUT: the file the storefront's game page reads the signing key from.")
  }
  const storefrontUrl = process.env.DEMO_STOREFRONT_URL ?? "http://localhost:8000"
  const backendUrl = process.env.DEMO_BACKEND_URL ?? "http://localhost:9000"
  const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
  const [existing] = await partners.listPartners({ name: PARTNER_NAME }, { relations: ["keys"] })

  let demoPartner: DemoPartner
  if (!existing) {
    const { result } = await createPartnerWorkflow(container).run({
      input: { name: PARTNER_NAME, return_url: `${storefrontUrl}/partner-demo` },
    })
    demoPartner = { partner_id: result.partner.id, key_id: result.signing_key.key_id, secret: result.signing_key.secret }
    await protectTurns(container, result.partner.id)
  } else {
    const saved: DemoPartner | null = existsSync(output) ? JSON.parse(readFileSync(output, "utf8")) : null
    const live = (existing.keys ?? []).some((key) => key.id === saved?.key_id && !key.expires_at)
    if (saved && saved.partner_id === existing.id && live) {
      demoPartner = saved
    } else {
      const { result } = await rotatePartnerSecretWorkflow(container).run({
        input: { partner_id: existing.id, overlap_minutes: 0 },
      })
      demoPartner = { partner_id: existing.id, key_id: result.signing_key.key_id, secret: result.signing_key.secret }
    }
  }
  await updatePartnerWorkflow(container).run({
    // Both follow this run's ports (STOREFRONT_PORT, PORT), which may differ from the first run's.
    input: {
      id: demoPartner.partner_id,
      return_url: `${storefrontUrl}/partner-demo`,
      delivery_url: `${backendUrl}/partner-demo/${demoPartner.partner_id}/deliveries`,
    },
  })
  writeFileSync(output, JSON.stringify(demoPartner, null, 2), { mode: 0o600 })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Demo partner ${PARTNER_NAME}: key ${demoPartner.key_id}.`)
}

async function protectTurns(container: MedusaContainer, partnerId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id"],
    filters: { handle: PROTECTED_HANDLE },
  })
  if (!data[0]) {
    return
  }
  await setProductVisibilityWorkflow(container).run({
    input: { product_id: data[0].id, kind: "protected", partner_id: partnerId },
  })
  await setPurchaseRuleWorkflow(container).run({ input: { product_id: data[0].id, ...TURNS_LIMIT } })
  // Turns are a web service: straight to the player's game account, or as prepaid codes to give away.
  await setProductDeliveryWorkflow(container).run({
    input: { product_id: data[0].id, goods: "web_service", kinds: ["immediate", "prepaid_code"], default_kind: "immediate" },
  })
}
