import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { IFulfillmentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { acquireLocks, LockPolicy, releaseLocks } from "./acquire-locks"

/** The stored ids of the plugin's fulfillment providers (`<identifier>_<id>` as registered in medusa-config). */
export const DIGITAL_PROVIDERS = {
  immediate: "partner-delivery_partner-delivery",
  prepaid_code: "prepaid-code-delivery_prepaid-code-delivery",
} as const
export type DigitalKind = keyof typeof DIGITAL_PROVIDERS
export type DigitalShippingOptions = Record<DigitalKind, string>

// Named for the plugin, so a shop's own "Digital" set or profile never collides with these.
const DIGITAL_NAME = "Federated Cart digital delivery"
const SETUP_LOCK = "federated-cart:digital-shipping-options"
const SETUP_POLICY: LockPolicy = {
  waitSeconds: 30,
  expireSeconds: 30,
  retryMilliseconds: 50,
  busyMessage: "The digital delivery options are being set up by another request. Please try again.",
}

async function found(container: MedusaContainer) {
  const { data: options } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id", "provider_id"],
    filters: { provider_id: Object.values(DIGITAL_PROVIDERS) },
  })
  const byProvider = new Map(options.map((option) => [option.provider_id, option.id]))
  return Object.fromEntries(
    Object.entries(DIGITAL_PROVIDERS).map(([kind, provider]) => [kind, byProvider.get(provider)])
  ) as Record<DigitalKind, string | undefined>
}

const complete = (options: Record<DigitalKind, string | undefined>): options is DigitalShippingOptions =>
  !!options.immediate && !!options.prepaid_code

async function createMissing(fulfillment: IFulfillmentModuleService, have: Record<DigitalKind, string | undefined>) {
  const [zone, profile] = await Promise.all([
    fulfillment
      .createFulfillmentSets({ name: DIGITAL_NAME, type: "digital", service_zones: [{ name: DIGITAL_NAME }] })
      .then((set) => set.service_zones[0].id),
    fulfillment.createShippingProfiles({ name: DIGITAL_NAME, type: "digital" }).then((p) => p.id),
  ])
  const missing = (Object.keys(DIGITAL_PROVIDERS) as DigitalKind[]).filter((kind) => !have[kind])
  const created = await fulfillment.createShippingOptions(
    missing.map((kind) => ({
      name: kind === "immediate" ? "Immediate delivery" : "Prepaid codes",
      price_type: "flat" as const,
      service_zone_id: zone,
      shipping_profile_id: profile,
      provider_id: DIGITAL_PROVIDERS[kind],
      type: { label: kind, description: "Delivered digitally after payment", code: kind },
      rules: [{ attribute: "enabled_in_store", operator: "eq" as const, value: "false" }],
    }))
  )
  return { ...have, ...Object.fromEntries(missing.map((kind, i) => [kind, created[i].id])) } as DigitalShippingOptions
}

/**
 * Medusa creates an order fulfillment only through a shipping option, whose provider does
 * the fulfilling. The digital kinds have one option each for the whole federation, made
 * the first time they are needed (under a lock, so two first checkouts make one), in a
 * fulfillment set of their own with no stock location: shoppers are never offered them,
 * and each fulfillment names its store's location itself. They are kept, not undone.
 */
export const ensureDigitalShippingOptionsStep = createStep("ensure-digital-shipping-options", async (_: void, { container }) => {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const have = await found(container)
  if (complete(have)) {
    return new StepResponse(have)
  }
  await acquireLocks(container, [SETUP_LOCK], SETUP_POLICY)
  try {
    const again = await found(container)
    return new StepResponse(complete(again) ? again : await createMissing(fulfillment, again))
  } finally {
    await releaseLocks(container, [SETUP_LOCK])
  }
})
