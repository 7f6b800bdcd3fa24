import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders } from "./admin"
import { DemoFederation, seedDemo } from "./demo-federation"
import type { Api, Headers } from "./http"

/** A demo product by handle, with its variant ids, read from the database (not the store API). */
export async function demoProduct(container: MedusaContainer, handle: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "handle", "title", "variants.id", "variants.title"],
    filters: { handle },
  })
  const product = data[0]
  const variants = (product.variants ?? []).flatMap((variant) => (variant ? [variant] : []))
  return {
    id: product.id,
    handle,
    title: product.title,
    variantIds: variants.map((variant) => variant.id),
    variantTitled: (title: string) => variants.find((variant) => variant.title === title)!.id,
  }
}

/** Store-API headers speaking for a cart, as a storefront sends them on catalogue requests. */
export const asCart = (storeHeaders: Headers, cartId: string | null): Headers =>
  cartId ? { headers: { ...storeHeaders.headers, "x-cart-id": cartId } } : storeHeaders

export async function newCart(api: Api, demo: DemoFederation & { storeHeaders: Headers }) {
  const { data } = await api.post("/store/carts", { region_id: demo.region_id }, demo.storeHeaders)
  return data.cart.id as string
}

/**
 * The demo federation seeded once for a suite (the runner restores it before each test),
 * an admin and the demo's wall calendar, the product these suites hide, fresh each test.
 */
export function demoWithAdmin(getContainer: () => MedusaContainer) {
  const state = {} as {
    demo: Awaited<ReturnType<typeof seedDemo>>
    admin: Awaited<ReturnType<typeof adminHeaders>>
    calendar: Awaited<ReturnType<typeof demoProduct>>
  }
  beforeAll(async () => {
    state.demo = await seedDemo(getContainer())
  })
  beforeEach(async () => {
    state.admin = await adminHeaders(getContainer())
    state.calendar = await demoProduct(getContainer(), "tide-charts-2027-calendar")
  })
  return state
}
