import { httpSuite } from "../../helpers/http-suite"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import fc from "fast-check"
import type { CartStateName } from "../../../src/modules/cart-state/rules"
import { seedDemo } from "../../helpers/demo-federation"
import { adminHeaders } from "../../helpers/admin"
import { settle } from "../../helpers/http"
import { allowedSentence, EDGES, Op, opArbitrary, specified } from "../../helpers/cart-state-spec"

// Through the real routes every sequence costs a few hundred milliseconds; the 10,000
// sequences run against the module in tests/modules/cart-state-machine.spec.ts.
const RUNS = Number(process.env.CART_STATE_HTTP_RUNS ?? 25)

export default httpSuite(({ api, getContainer }) => {
  let demo: Awaited<ReturnType<typeof seedDemo>>
  let admin: Awaited<ReturnType<typeof adminHeaders>>
  let turns: string

  beforeAll(async () => {
    demo = await seedDemo(getContainer())
    admin = await adminHeaders(getContainer())
    const { data } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "product_variant", fields: ["id"], filters: { sku: "LF-TURNS-10" } })
    turns = data[0].id
  })

  it(`holds Medusa's own routes and the plugin's to the state machine over ${RUNS} random sequences`, async () => {
    const store = demo.storeHeaders
    const ops = fc.array(opArbitrary(["add_line", "change_line", "set_checkout_details", "hold_lines"]), {
      minLength: 1,
      maxLength: 6,
    })
    await fc.assert(
      fc.asyncProperty(ops, async (sequence: Op[]) => {
        const cartId = (await api.post("/store/carts", { region_id: demo.region_id }, store)).data.cart.id as string
        let state: CartStateName = "new"
        let lineId: string | null = null
        for (const op of sequence) {
          if (op.kind === "act" && op.action === "change_line" && !lineId) {
            continue
          }
          const expected = specified(state, op, true)
          const answer = await settle(
            op.kind === "move"
              ? api.post(`/store/federated-carts/${cartId}/state`, { to: op.to }, store)
              : op.action === "add_line"
                ? api.post(`/store/carts/${cartId}/line-items`, { variant_id: turns, quantity: 1 }, store)
                : op.action === "change_line"
                  ? api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 2 }, store)
                  : op.action === "hold_lines"
                    ? api.post(`/store/federated-carts/${cartId}/holds/extend`, {}, store)
                    : api.post(`/store/carts/${cartId}`, { email: "property@example.com" }, store)
          )
          if (expected === null) {
            expect(answer.status).toBe(409)
            expect(answer.data.message.startsWith(`This cart's state is ${state}`)).toBe(true)
            expect(answer.data.message.endsWith(allowedSentence(state))).toBe(true)
          } else {
            expect(answer.status).toBe(200)
            state = expected
            lineId ??= answer.data.cart?.items?.[0]?.id ?? null
          }
        }
        const { data } = await api.get(`/admin/federated-carts/${cartId}`, admin)
        expect(data.federated_cart.state).toBe(state)
        let at: CartStateName = "new"
        for (const move of data.federated_cart.moves as { from: CartStateName; to: CartStateName }[]) {
          expect(move.from).toBe(at)
          expect(EDGES.has(`${move.from}>${move.to}`)).toBe(true)
          at = move.to
        }
        expect(at).toBe(state)
      }),
      { numRuns: RUNS }
    )
  })
})
