import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { createMedusaContainer, MedusaError } from "@medusajs/framework/utils"
import { asValue } from "@medusajs/framework/awilix"
import fc from "fast-check"
import { CART_STATE_MODULE } from "../../src/modules/cart-state"
import CartMove from "../../src/modules/cart-state/models/cart-move"
import CartState from "../../src/modules/cart-state/models/cart-state"
import type { CartStateName } from "../../src/modules/cart-state/rules"
import CartStateModuleService from "../../src/modules/cart-state/service"
import { applyCartAction, moveCartState } from "../../src/workflows/utils/cart-state"
import { allowedSentence, EDGES, Op, opArbitrary, specified } from "../helpers/cart-state-spec"

jest.setTimeout(600000)

// 100 runs × 100 carts played side by side, each cart its own random sequence: 10,000 sequences.
const RUNS = Number(process.env.CART_STATE_PROPERTY_RUNS ?? 100)
const CARTS_PER_RUN = Number(process.env.CART_STATE_PROPERTY_CARTS ?? 100)

const op = opArbitrary(["set_options", "set_checkout_details", "add_line", "change_line", "hold_lines", "complete"])
const cartRun = fc.record({ optionsSet: fc.boolean(), ops: fc.array(op, { minLength: 1, maxLength: 8 }) })

moduleIntegrationTestRunner<CartStateModuleService>({
  moduleName: CART_STATE_MODULE,
  moduleModels: [CartState, CartMove],
  resolve: "./src/modules/cart-state",
  testSuite: ({ service }) => {
    // The functions Medusa's workflows and the plugin's hooks call, on a container holding the real service.
    const container = createMedusaContainer()
    container.register(CART_STATE_MODULE, asValue(service))

    async function play(cartId: string, { optionsSet, ops }: { optionsSet: boolean; ops: Op[] }) {
      await service.openCartState({ cart_id: cartId, opened_at: new Date() })
      const options = optionsSet ? { region_id: "reg_1", currency_code: "usd" } : { region_id: null, currency_code: null }
      let state: CartStateName = "new"
      let changes = 0
      for (const step of ops) {
        const expected = specified(state, step, optionsSet)
        const outcome = await (
          step.kind === "move"
            ? moveCartState(container, { cart_id: cartId, to: step.to, actor: "customer" })
            : applyCartAction(container, { cart_id: cartId, action: step.action, options, actor: "system" })
        ).then(
          () => "allowed" as const,
          (error: MedusaError) => error
        )
        if (expected === null) {
          // Refused, and told why: the state and what it allows.
          expect(outcome).toBeInstanceOf(MedusaError)
          const refusal = outcome as MedusaError
          expect(refusal.type).toBe(MedusaError.Types.CONFLICT)
          expect(refusal.message.startsWith(`This cart's state is ${state}`)).toBe(true)
          expect(refusal.message.endsWith(allowedSentence(state))).toBe(true)
        } else {
          expect(outcome).toBe("allowed")
          // Checkout from shop passes through full: two logged moves.
          changes += expected === state ? 0 : state === "shop" && expected === "done" ? 2 : 1
          state = expected
        }
      }
      expect((await service.cartStateOfCart(cartId))?.state).toBe(state)
      const moves = await service.movesOfCart(cartId)
      expect(moves).toHaveLength(changes)
      let at: CartStateName = "new"
      for (const move of moves) {
        expect(move.from).toBe(at)
        expect(EDGES.has(`${move.from}>${move.to}`)).toBe(true)
        at = move.to
      }
      expect(at).toBe(state)
    }

    it(`lets no forbidden operation succeed and every allowed one succeed, over ${RUNS * CARTS_PER_RUN} random sequences`, async () => {
      let run = 0
      await fc.assert(
        fc.asyncProperty(fc.array(cartRun, { minLength: CARTS_PER_RUN, maxLength: CARTS_PER_RUN }), async (carts) => {
          run++
          await Promise.all(carts.map((cart, i) => play(`cart_${run}_${i}`, cart)))
        }),
        { numRuns: RUNS }
      )
      expect(run).toBeGreaterThanOrEqual(RUNS)
    })
  },
})
