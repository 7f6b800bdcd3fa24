import { httpSuite } from "../../helpers/http-suite"
import { seedDemo } from "../../helpers/demo-federation"
import { adminHeaders } from "../../helpers/admin"
import { readyForCheckout, sharedPrint } from "../../helpers/checkout"
import { settle } from "../../helpers/http"

export default httpSuite(({ api, getContainer }) => {
  let demo: Awaited<ReturnType<typeof seedDemo>>
  let admin: Awaited<ReturnType<typeof adminHeaders>>
  let printVariant: string
  let storeIds: Record<string, string>

  beforeAll(async () => {
    demo = await seedDemo(getContainer())
    admin = await adminHeaders(getContainer())
    printVariant = (await sharedPrint(getContainer())).variantIds[0]
    const { data } = await api.get("/admin/federated-stores?limit=50", admin)
    storeIds = Object.fromEntries(data.federated_stores.map((store: { handle: string; id: string }) => [store.handle, store.id]))
  })

  const store = () => demo.storeHeaders
  const cartWithPrint = async () => {
    const cartId = (await api.post("/store/carts", { region_id: demo.region_id }, store())).data.cart.id as string
    const { data } = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: printVariant, quantity: 1 }, store())
    return { cartId, line: data.cart.items[0] as { id: string; unit_price: number } }
  }
  const charge = (cartId: string, storeHandle: string, amount: number, title = "Handling") =>
    settle(
      api.post(`/admin/federated-carts/${cartId}/charges`, { federated_store_id: storeIds[storeHandle], title, amount }, admin)
    )
  const credit = (cartId: string, storeHandle: string, amount: number, title = "Store credit") =>
    settle(
      api.post(`/admin/federated-carts/${cartId}/credits`, { federated_store_id: storeIds[storeHandle], title, amount }, admin)
    )
  const cartTotal = async (cartId: string) => (await api.get(`/store/carts/${cartId}`, store())).data.cart.total as number

  it("adds a store's charge only while shopping; it counts in the total and only the store may remove it", async () => {
    const { cartId, line } = await cartWithPrint()
    const added = await charge(cartId, "tidewater-prints", 4.5)
    expect(added.status).toBe(200)
    expect(added.data.federated_cart.charges).toEqual([
      expect.objectContaining({ title: "Handling", amount: 4.5, federated_store_id: storeIds["tidewater-prints"] }),
    ])
    // The charge is not a product line of any store's catalogue.
    expect(added.data.federated_cart.unassigned).toEqual([])
    expect(await cartTotal(cartId)).toBeCloseTo(line.unit_price + 4.5)

    const chargeId = added.data.federated_cart.charges[0].id
    const removed = await settle(api.delete(`/store/carts/${cartId}/line-items/${chargeId}`, store()))
    expect(removed.status).toBe(409)
    expect(removed.data.message).toMatch(/store's charge/)

    await api.post(`/store/federated-carts/${cartId}/state`, { to: "full" }, store())
    const closed = await charge(cartId, "tidewater-prints", 1)
    expect(closed.status).toBe(409)
    expect(closed.data.message).toMatch(/^This cart's state is full .*Allowed moves: shop, void\.$/)
    expect((await credit(cartId, "tidewater-prints", 1)).status).toBe(409)

    const newCart = (await api.post("/store/carts", { region_id: demo.region_id }, store())).data.cart.id
    expect((await charge(newCart, "tidewater-prints", 1)).status).toBe(409)
  })

  it("never lets a credit take a store's total or the cart's below zero, whatever changes after", async () => {
    const { cartId, line } = await cartWithPrint()
    const tooMuch = await credit(cartId, "tidewater-prints", line.unit_price + 1)
    expect(tooMuch.status).toBe(409)
    expect(tooMuch.data.message).toMatch(/Tidewater.*credits .* would exceed its total .*never takes a store's total below zero/)
    // A store with nothing in the cart has nothing to credit.
    expect((await credit(cartId, "harbor-thread", 1)).status).toBe(409)

    const fits = await credit(cartId, "tidewater-prints", line.unit_price - 2)
    expect(fits.status).toBe(200)
    expect(fits.data.federated_cart.credits).toEqual([
      expect.objectContaining({ amount: line.unit_price - 2, federated_store_id: storeIds["tidewater-prints"] }),
    ])
    expect(await cartTotal(cartId)).toBeCloseTo(2)
    expect((await credit(cartId, "tidewater-prints", 3)).status).toBe(409)

    // Removing the line that carries the credit would uncover it: refused, the line stays.
    const removal = await settle(api.delete(`/store/carts/${cartId}/line-items/${line.id}`, store()))
    expect(removal.status).toBe(409)
    expect((await api.get(`/store/carts/${cartId}`, store())).data.cart.items).toHaveLength(1)
    // Growing it is fine, and so is checking out with the credit.
    expect((await settle(api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 2 }, store()))).status).toBe(200)
    await readyForCheckout(api, store(), cartId)
    const checkout = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store()))
    expect(checkout.status).toBe(200)
    expect(checkout.data.type).toBe("order")
  })

  it("lets the store take its charges and credits off while shopping, never uncovering a credit", async () => {
    const { cartId } = await cartWithPrint()
    const chargeId = (await charge(cartId, "harbor-thread", 6)).data.federated_cart.charges[0].id
    const creditId = (await credit(cartId, "harbor-thread", 5)).data.federated_cart.credits[0].id
    const remove = (kind: string, id: string) => settle(api.delete(`/admin/federated-carts/${cartId}/${kind}/${id}`, admin))

    const uncovering = await remove("charges", chargeId)
    expect(uncovering.status).toBe(409)
    expect(uncovering.data.message).toMatch(/Harbor Thread Co.'s credits \(5\) would exceed its total \(0\)/)
    expect((await remove("charges", "cali_not_a_charge")).status).toBe(404)

    const creditGone = await remove("credits", creditId)
    expect(creditGone.status).toBe(200)
    expect(creditGone.data.federated_cart.credits).toEqual([])
    const chargeGone = await remove("charges", chargeId)
    expect(chargeGone.status).toBe(200)
    expect(chargeGone.data.federated_cart.charges).toEqual([])
  })
})
