import { httpSuite } from "../../helpers/http-suite"
import { Modules } from "@medusajs/framework/utils"
import { INVITATION_MODULE } from "../../../src/modules/invitation"
import type InvitationModuleService from "../../../src/modules/invitation/service"
import { VISIBILITY_MODULE } from "../../../src/modules/visibility"
import type VisibilityModuleService from "../../../src/modules/visibility/service"
import { settle } from "../../helpers/http"
import { asCart, demoWithAdmin, newCart } from "../../helpers/visibility"

const CODE_FORMAT = /^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}(-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}){3}$/
const INVALID = "This code is not valid."
let nextClient = 1
/** A client address of its own, so one test's attempts do not brake another's. */
const newClient = () => `203.0.113.${nextClient++}`

export default httpSuite(({ api, getContainer }) => {
  const fixture = demoWithAdmin(getContainer)
  let { demo, admin, calendar } = fixture
  beforeEach(async () => {
    ;({ demo, admin, calendar } = fixture)
    await api.post(`/admin/products/${calendar.id}/visibility`, { kind: "private" }, admin)
  })

  const invite = (body: Record<string, unknown>) =>
    settle(api.post("/admin/invitations", { product_ids: [calendar.id], ...body }, admin))
  const enter = (cartId: string, code: string, client: string) =>
    settle(
      api.post(
        `/store/federated-carts/${cartId}/access-codes`,
        { code },
        {
          headers: { ...demo.storeHeaders.headers, "x-forwarded-for": client },
        }
      )
    )
  const seesCalendar = async (cartId: string) => {
    const { data } = await api.get(`/store/products?handle=${calendar.handle}`, asCart(demo.storeHeaders, cartId))
    return data.products.length === 1
  }
  describe("an invitation by e-mail", () => {
    it("e-mails each invitee a code through Medusa's notification module; only a keyed hash and the last 4 are stored", async () => {
      const { status, data } = await invite({ title: "Calendar preview", emails: ["ada@example.com", "Ben@Example.com"] })
      expect(status).toBe(201)
      expect(data.shared_code).toBeNull()
      const codes = data.invitation.codes
      expect(codes.map((c: any) => [c.email, c.max_uses, c.uses]).sort()).toEqual([
        ["ada@example.com", 1, 0],
        ["ben@example.com", 1, 0],
      ])
      expect(codes.every((c: any) => /^[23456789A-HJ-NP-Z]{4}$/.test(c.last4) && c.sent_at)).toBe(true)
      expect(JSON.stringify(data)).not.toContain("code_hash")

      const notifications = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: ["ada@example.com", "ben@example.com"] })
      expect(notifications.map((n) => [n.to, n.channel, n.template, n.status]).sort()).toEqual([
        ["ada@example.com", "email", "federated-cart-access-code", "success"],
        ["ben@example.com", "email", "federated-cart-access-code", "success"],
      ])
      // Stored masked: the code itself went only to the provider (the local one logs it).
      expect(notifications.map((n) => n.data?.code).sort()).toEqual(codes.map((c: any) => `XXXX-XXXX-XXXX-${c.last4}`).sort())
      const stored = await getContainer().resolve<InvitationModuleService>(INVITATION_MODULE).listAccessCodes({})
      expect(stored.every((code) => /^[0-9a-f]{64}$/.test(code.code_hash))).toBe(true)
    })

    it("an invitee's code opens the products to one cart, once; entering it again there spends nothing", async () => {
      const invitations = getContainer().resolve<InvitationModuleService>(INVITATION_MODULE)
      const invitation = await invitations.createInvitations({ product_ids: [calendar.id] })
      const [{ code }] = await invitations.issueCodes(invitation.id, [{ email: "ada@example.com", max_uses: 1 }])
      expect(code).toMatch(CODE_FORMAT)
      const [stored] = await invitations.listAccessCodes({ invitation_id: invitation.id })
      expect(JSON.stringify(stored)).not.toContain(code.slice(0, 9))

      const adaCart = await newCart(api, demo)
      const otherCart = await newCart(api, demo)
      expect(await seesCalendar(adaCart)).toBe(false)
      // Typed loosely (lower case, spaces for dashes) it still works.
      const entered = await enter(adaCart, code.toLowerCase().replace(/-/g, " "), newClient())
      expect(entered.status).toBe(200)
      expect(entered.data.unlocked.product_ids).toEqual([calendar.id])
      expect(await seesCalendar(adaCart)).toBe(true)
      expect(await seesCalendar(otherCart)).toBe(false)
      expect((await enter(adaCart, code, newClient())).status).toBe(200)
      const reused = await enter(otherCart, code, newClient())
      expect([reused.status, reused.data.message]).toEqual([400, INVALID])
      const [after] = await invitations.listAccessCodes({ invitation_id: invitation.id })
      expect(after.uses).toBe(1)
    })
    it("resends unused codes as new ones: the old code stops working, a used one is left alone", async () => {
      const { data } = await invite({ emails: ["ada@example.com", "ben@example.com"] })
      const invitations = getContainer().resolve<InvitationModuleService>(INVITATION_MODULE)
      // Ben's code, known to the test by issuing it afresh, is used before the resend.
      const ben = data.invitation.codes.find((code: any) => code.email === "ben@example.com")
      const { issued } = await invitations.reissueCodes([ben.id])
      expect((await enter(await newCart(api, demo), issued[0].code, newClient())).status).toBe(200)
      const ada = data.invitation.codes.find((code: any) => code.email === "ada@example.com")
      const {
        issued: [adaOld],
      } = await invitations.reissueCodes([ada.id])

      const resent = await api.post(`/admin/invitations/${data.invitation.id}/resend`, {}, admin)
      expect(resent.data.sent_to).toEqual(["ada@example.com"])
      const adaNow = resent.data.invitation.codes.find((code: any) => code.email === "ada@example.com")
      expect(adaNow.sent_at).toBeTruthy()
      const stale = await enter(await newCart(api, demo), adaOld.code, newClient())
      expect([stale.status, stale.data.message]).toEqual([400, INVALID])
      const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "ada@example.com" })
      expect(notifications.map((n) => n.data?.code)).toContain(`XXXX-XXXX-XXXX-${adaNow.last4}`)
    })
  })

  describe("a shared code", () => {
    it.each([1, 5])("with a use limit of %i, entered by 50 shoppers at once, opens exactly that many carts", async (limit) => {
      const { data } = await invite({ shared_uses: limit })
      expect(data.shared_code).toMatch(CODE_FORMAT)
      const carts = await Promise.all(Array.from({ length: 50 }, () => newCart(api, demo)))
      const answers = await Promise.all(carts.map((cartId) => enter(cartId, data.shared_code, newClient())))
      const statuses = answers.map((answer) => answer.status)
      expect(statuses.filter((s) => s === 200)).toHaveLength(limit)
      expect(statuses.filter((s) => s === 400)).toHaveLength(50 - limit)
      expect(new Set(answers.filter((a) => a.status === 400).map((a) => a.data.message))).toEqual(new Set([INVALID]))

      const [code] = await getContainer()
        .resolve<InvitationModuleService>(INVITATION_MODULE)
        .listAccessCodes({ invitation_id: data.invitation.id })
      expect(code.uses).toBe(limit)
      const visibility = getContainer().resolve<VisibilityModuleService>(VISIBILITY_MODULE)
      const opened = await visibility.listUnlocks({ cart_id: carts, reason: "access_code" })
      expect(new Set(opened.map((unlock) => unlock.cart_id)).size).toBe(limit)
    })
  })

  describe("a logged-in customer", () => {
    /** A registered customer's store headers, as `@medusajs/js-sdk`'s auth register + login give them. */
    const customer = async (email: string) => {
      const password = "correct-horse-battery"
      const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
      const bearer = (token: string) => ({ headers: { ...demo.storeHeaders.headers, authorization: `Bearer ${token}` } })
      await api.post("/store/customers", { email }, bearer(registered.token))
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
      return bearer(login.token)
    }
    const cartOf = async (headers: { headers: Record<string, string> }) =>
      (await api.post("/store/carts", { region_id: demo.region_id }, headers)).data.cart.id as string

    it("keeps what a code opened in every later cart of theirs; a guest's code stays with its cart", async () => {
      const { data } = await invite({ shared_uses: 5 })
      const ada = await customer("ada@example.com")
      expect((await enter(await cartOf(ada), data.shared_code, newClient())).status).toBe(200)

      const later = await cartOf(ada)
      expect(await seesCalendar(later)).toBe(true)
      const added = await settle(
        api.post(`/store/carts/${later}/line-items`, { variant_id: calendar.variantIds[0], quantity: 1 }, demo.storeHeaders)
      )
      expect(added.status).toBe(200)
      // Logged in without a cart, the catalogue shows it too.
      const { data: listed } = await api.get(`/store/products?handle=${calendar.handle}`, ada)
      expect(listed.products.map((product: { id: string }) => product.id)).toEqual([calendar.id])

      // Nobody else: another customer, a guest.
      expect(await seesCalendar(await cartOf(await customer("ben@example.com")))).toBe(false)
      const guestCart = await newCart(api, demo)
      expect((await enter(guestCart, data.shared_code, newClient())).status).toBe(200)
      expect(await seesCalendar(guestCart)).toBe(true)
      const guestLater = await newCart(api, demo)
      expect(await seesCalendar(guestLater)).toBe(false)
      const refused = await settle(
        api.post(`/store/carts/${guestLater}/line-items`, { variant_id: calendar.variantIds[0], quantity: 1 }, demo.storeHeaders)
      )
      expect(refused.status).toBe(400)
    })
  })

  describe("a code that opens nothing", () => {
    it("gets one generic answer: unknown, malformed, used up, expired or revoked", async () => {
      const { data: expired } = await invite({ shared_uses: 10, expires_at: new Date(Date.now() - 60_000).toISOString() })
      const { data: revoked } = await invite({ shared_uses: 10 })
      const opener = await newCart(api, demo)
      expect((await enter(opener, revoked.shared_code, newClient())).status).toBe(200)
      expect(await seesCalendar(opener)).toBe(true)
      const revoking = await api.post(`/admin/invitations/${revoked.invitation.id}/revoke`, {}, admin)
      expect(revoking.data.invitation.revoked_at).toBeTruthy()
      expect(await seesCalendar(opener)).toBe(false)

      const codes = {
        unknown: "ABCD-EFGH-JKLM-NPQR",
        malformed: "not a code",
        expired: expired.shared_code,
        revoked: revoked.shared_code,
      }
      for (const [why, code] of Object.entries(codes)) {
        const answer = await enter(await newCart(api, demo), code, newClient())
        expect({ why, status: answer.status, message: answer.data.message }).toEqual({ why, status: 400, message: INVALID })
      }
    })

    it("is braked: after 5 wrong tries a cart gets 429 with Retry-After, even for a right code", async () => {
      const { data } = await invite({ shared_uses: 100 })
      const cartId = await newCart(api, demo)
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          enter(cartId, `ABCD-EFGH-JKLM-${String(1000 + i).replace(/[01]/g, "2")}`, newClient())
        )
      )
      const statuses = answers.map((answer) => answer.status)
      expect(statuses.filter((s) => s === 400)).toHaveLength(5)
      expect(statuses.filter((s) => s === 429)).toHaveLength(15)
      const braked = answers.find((answer) => answer.status === 429)!
      expect(Number(braked.headers["retry-after"])).toBeGreaterThan(0)
      expect(braked.data.message).toBe("Too many code attempts. Try again later.")
      expect((await enter(cartId, data.shared_code, newClient())).status).toBe(429)
      expect(await seesCalendar(cartId)).toBe(false)
    })

    it("is braked per client address too, across carts", async () => {
      const client = newClient()
      const carts = await Promise.all(Array.from({ length: 25 }, () => newCart(api, demo)))
      const answers = await Promise.all(carts.map((cartId) => enter(cartId, "ABCD-EFGH-JKLM-NPQR", client)))
      const statuses = answers.map((answer) => answer.status)
      expect(statuses.filter((s) => s === 400)).toHaveLength(20)
      expect(statuses.filter((s) => s === 429)).toHaveLength(5)
    })
  })

  describe("an admin", () => {
    it("must give either invitees or a shared use limit, for products that exist", async () => {
      expect((await invite({})).status).toBe(400)
      expect((await invite({ emails: ["a@example.com"], shared_uses: 3 })).status).toBe(400)
      expect((await invite({ emails: ["not-an-address"] })).status).toBe(400)
      expect((await settle(api.post("/admin/invitations", { product_ids: ["prod_nope"], shared_uses: 1 }, admin))).status).toBe(
        404
      )
      const { data } = await api.get("/admin/invitations", admin)
      expect(data.invitations).toEqual([])
    })
  })
})
