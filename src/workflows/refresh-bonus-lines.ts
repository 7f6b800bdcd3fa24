import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AddToCartWorkflowInputDTO } from "@medusajs/framework/types"
import { addLinesWithTickets } from "./add-lines-with-tickets"
import { bonusMayChangeStep } from "./steps/bonus-may-change"
import { BonusPlan, planBonusLinesStep } from "./steps/plan-bonus-lines"
import { recordBonusNoticesStep } from "./steps/record-bonus-notices"
import { removeLinesWithTickets } from "./ticketed-line-changes"
import type { CartWithLines } from "./utils/cart-lines"

type BonusLinesOut = { cart_id: string; ids: string[] }

/**
 * Bonus lines join and leave the cart as any line does: through Medusa's add-to-cart and
 * removal, with tickets. Each way is a workflow of its own, so
 * the steps they share with the caller's change keep distinct names.
 */
const addBonusLinesWorkflow = createWorkflow("add-bonus-lines", (input: WorkflowData<AddToCartWorkflowInputDTO>) => {
  addLinesWithTickets(input)
  return new WorkflowResponse(input.cart_id)
})

const removeBonusLinesWorkflow = createWorkflow("remove-bonus-lines", (input: WorkflowData<BonusLinesOut>) => {
  removeLinesWithTickets(input)
  return new WorkflowResponse(input.ids)
})

const removal = (input: WorkflowData<{ cart_id: string }>, plan: WorkflowData<BonusPlan>) =>
  transform({ input, plan }, ({ input, plan }) => ({ cart_id: input.cart_id, ids: plan.remove_line_ids }))
const addition = (input: WorkflowData<{ cart_id: string }>, plan: WorkflowData<BonusPlan>) =>
  transform({ input, plan }, ({ input, plan }) => ({ cart_id: input.cart_id, items: plan.add }))

/**
 * Makes a cart's bonus lines match what its net total earns now (src/modules/bonus/tiers.ts:
 * the highest tier reached wins): lines no longer earned leave, earned ones join at $0,
 * and a bonus that is out of stock becomes a notice on the cart instead of a failure. The
 * caller holds the cart's lock and has just changed the total.
 */
export const refreshBonusLinesWorkflow = createWorkflow("refresh-bonus-lines", (input: WorkflowData<{ cart_id: string }>) => {
  const plan = planBonusLinesStep(input)
  when("remove-unearned-bonus-lines", { plan }, ({ plan }) => plan.remove_line_ids.length > 0).then(() => {
    removeBonusLinesWorkflow.runAsStep({ input: removal(input, plan) })
  })
  when("add-earned-bonus-lines", { plan }, ({ plan }) => plan.add.length > 0).then(() => {
    addBonusLinesWorkflow.runAsStep({ input: addition(input, plan) })
  })
  when("show-bonus-notices", { plan }, ({ plan }) => plan.notices_changed).then(() => {
    recordBonusNoticesStep(transform({ input, plan }, ({ input, plan }) => ({ cart_id: input.cart_id, notices: plan.notices })))
  })
  return new WorkflowResponse(plan)
})

/**
 * The one call every workflow that changes a cart's net total makes last, before it lets
 * the cart's lock go: line adds, changes and removals, promotion codes, store charges and
 * credits. A caller that read the cart before its change (`before`, with its currency,
 * metadata and lines' metadata) skips the comparison when no bonus can move.
 */
export function refreshBonusLines(cartId: WorkflowData<string> | string, before?: WorkflowData<CartWithLines>) {
  const input = transform({ cartId }, ({ cartId }) => ({ cart_id: cartId }))
  if (!before) {
    return refreshBonusLinesWorkflow.runAsStep({ input })
  }
  const mayChange = bonusMayChangeStep(before)
  return when("bonus-lines-may-change", { mayChange }, ({ mayChange }) => mayChange).then(() =>
    refreshBonusLinesWorkflow.runAsStep({ input })
  )
}
