import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_STATE_MODULE } from "../../modules/cart-state"
import type CartStateModuleService from "../../modules/cart-state/service"
import { PREPAID_CODE_MODULE } from "../../modules/prepaid-code"
import type PrepaidCodeModuleService from "../../modules/prepaid-code/service"
import { FoundPrepaidCode, refuseCode } from "../../modules/prepaid-code/service"
import { VISIBILITY_MODULE } from "../../modules/visibility"
import type VisibilityModuleService from "../../modules/visibility/service"

// A redemption between its reservation and its line: long enough for one add-to-cart.
const RESERVATION_WITHOUT_LINE_MS = 2 * 60 * 1000

/**
 * Whether another cart's reservation still stands. It lives as long as the line it was
 * redeemed into holds its units: the line's ticket ran out (an abandoned cart), was
 * released (the line removed, the cart voided) or never came (a redemption that died
 * half-way) — then the code is free again. Decided when someone asks, like a ticket's
 * expiry: no sweep is needed for a lapsed reservation to stop counting.
 */
async function reservationStands(scope: MedusaContainer, code: FoundPrepaidCode, now: Date) {
  if (!code.reserved_line_item_id) {
    return !!code.reserved_at && now.getTime() - new Date(code.reserved_at).getTime() < RESERVATION_WITHOUT_LINE_MS
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: tickets }, { data: lines }, voided] = await Promise.all([
    query.graph({ entity: "ticket", fields: ["status", "expires_at"], filters: { line_item_id: code.reserved_line_item_id } }),
    query.graph({ entity: "line_item", fields: ["id"], filters: { id: code.reserved_line_item_id } }),
    scope
      .resolve<CartStateModuleService>(CART_STATE_MODULE)
      .listCartStates({ cart_id: code.reserved_cart_id!, state: "void" }, { select: ["cart_id"] }),
  ])
  if (!lines.length || voided.length) {
    return false
  }
  // A variant without managed inventory takes no ticket: its line alone holds the code.
  return !tickets.length || tickets.some((ticket) => ticket.status === "held" && new Date(ticket.expires_at) > now)
}

/** Whether the cart came through the handshake of the partner the product belongs to. */
async function boundToProductPartner(scope: MedusaContainer, cartId: string, productId: string) {
  const visibility: VisibilityModuleService = scope.resolve(VISIBILITY_MODULE)
  const [accounts, [restriction]] = await Promise.all([
    visibility.partnerAccountsOf(cartId),
    visibility.listProductVisibilities({ product_id: productId }, { select: ["partner_id"] }),
  ])
  const partnerId = restriction?.partner_id ?? null
  return accounts.some((account) => !partnerId || account.partner_id === partnerId)
}

/**
 * Reserves the typed code for the cart: it must exist, be neither redeemed nor revoked,
 * be held by no standing reservation, and belong to the partner the cart came from.
 * Every refusal is the same generic one. The reservation itself is one conditional
 * UPDATE (see the module), so of many racing carts exactly one gets the code.
 */
export const reservePrepaidCodeStep = createStep(
  "reserve-prepaid-code",
  async (input: { cart_id: string; code: string }, { container }) => {
    const prepaidCodes: PrepaidCodeModuleService = container.resolve(PREPAID_CODE_MODULE)
    const code = await prepaidCodes.findRedeemable(input.code)
    const free = code.status === "issued" || !(await reservationStands(container, code, new Date()))
    if (!free || !(await boundToProductPartner(container, input.cart_id, code.product_id))) {
      throw refuseCode()
    }
    const reservation = await prepaidCodes.reserve(code, input.cart_id)
    return new StepResponse({ id: code.id, product_id: code.product_id, variant_id: code.variant_id }, reservation)
  },
  async (reservation, { container }) => {
    if (reservation) {
      await container.resolve<PrepaidCodeModuleService>(PREPAID_CODE_MODULE).undoReservation(reservation)
    }
  }
)
