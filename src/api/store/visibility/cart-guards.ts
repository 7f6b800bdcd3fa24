import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { hiddenProductsFor, hiddenVariants } from "./hidden-products"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>

/**
 * Refused exactly as Medusa refuses a variant id that does not exist, so guessing ids
 * teaches nothing about hidden products.
 */
export function notFoundVariants(variantIds: string[]) {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Variants ${variantIds.join(", ")} do not exist or belong to a product that is not published`
  )
}

/** Refuses a request whose body names variants of products the cart has not unlocked. */
export const refuseHiddenVariants =
  (variantsOf: (body: Record<string, unknown>) => string[]): Middleware =>
  async (req, _res, next) => {
    const requested = variantsOf((req.validatedBody ?? {}) as Record<string, unknown>)
    const hidden = await hiddenVariants(req, requested)
    if (hidden.length) {
      throw notFoundVariants(hidden)
    }
    next()
  }

export const variantOfBody = (body: Record<string, unknown>) => (typeof body.variant_id === "string" ? [body.variant_id] : [])

export const variantsOfItems = (body: Record<string, unknown>) =>
  Array.isArray(body.items) ? body.items.flatMap((item: { variant_id?: unknown }) => variantOfBody(item)) : []

type CartLine = { id: string; product_id: string | null; product_title: string | null; title: string }

async function linesOf(req: MedusaRequest, filters: Record<string, unknown>): Promise<CartLine[]> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "line_item",
    fields: ["id", "product_id", "product_title", "title"],
    filters,
  })
  return data.map((line) => ({
    id: line.id,
    product_id: line.product_id ?? null,
    product_title: line.product_title ?? null,
    title: line.title,
  }))
}

async function refuseHiddenLines(req: MedusaRequest, lines: CartLine[]) {
  const hidden = await hiddenProductsFor(req)
  const blocked = lines.filter((line) => line.product_id && hidden.has(line.product_id))
  if (blocked.length) {
    const names = [...new Set(blocked.map((line) => line.product_title ?? line.title))].join(", ")
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `This cart may no longer buy ${names}: remove ${blocked.length > 1 ? "them" : "it"} to go on.`
    )
  }
}

/**
 * Refuses changing a line whose product the cart may no longer see (its unlock ran out, or
 * an admin hid the product since). Setting the quantity to 0 removes the line, and stays
 * allowed, as does Medusa's remove-line route.
 */
export const refuseHiddenLine: Middleware = async (req, _res, next) => {
  const body = (req.validatedBody ?? {}) as { quantity?: number }
  if (body.quantity !== 0) {
    await refuseHiddenLines(req, await linesOf(req, { id: req.params.line_id, cart_id: req.params.id }))
  }
  next()
}

/** Refuses checking out a cart that holds a product it may no longer see. */
export const refuseHiddenCheckout: Middleware = async (req, _res, next) => {
  await refuseHiddenLines(req, await linesOf(req, { cart_id: req.params.id }))
  next()
}
