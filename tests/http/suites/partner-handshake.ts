import { httpSuite } from "../../helpers/http-suite"
import { createHmac } from "node:crypto"
import { PARTNER_MODULE } from "../../../src/modules/partner"
import type PartnerModuleService from "../../../src/modules/partner/service"
import { VISIBILITY_MODULE } from "../../../src/modules/visibility"
import type VisibilityModuleService from "../../../src/modules/visibility/service"
import { settle } from "../../helpers/http"
import { createPartner, gameWithProtectedTurns, PartnerWithKey, tokenFor } from "../../helpers/partners"
import { asCart, newCart } from "../../helpers/visibility"

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")
const sign = (input: string, secret: string) => createHmac("sha256", secret).update(input).digest("base64url")

export default httpSuite(({ api, getContainer }) => {
  const fixture = gameWithProtectedTurns(api, getContainer)
  let { demo, admin, game, turns } = fixture
  beforeEach(() => {
    ;({ demo, admin, game, turns } = fixture)
  })

  const handshake = (cartId: string, token: string) =>
    settle(api.post(`/store/federated-carts/${cartId}/partner-handshake`, { token }, demo.storeHeaders))
  const seesTurns = async (cartId: string) => {
    const { data } = await api.get(`/store/products?handle=turn-pack`, asCart(demo.storeHeaders, cartId))
    return data.products.length === 1
  }
  const addTurns = (cartId: string) =>
    settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: turns.variantIds[0], quantity: 1 }, demo.storeHeaders))
  const bindings = (cartId: string) =>
    getContainer().resolve<VisibilityModuleService>(VISIBILITY_MODULE).listUnlocks({ cart_id: cartId })
  const accounts = () => getContainer().resolve<PartnerModuleService>(PARTNER_MODULE).listPartnerAccounts({})

  describe("an admin", () => {
    it("sees a partner's secret once, at creation; it is stored encrypted", async () => {
      const { data } = await api.get(`/admin/partners/${game.id}`, admin)
      expect(data.partner).toMatchObject({
        id: game.id,
        name: "Salt Coast Online",
        return_url: "https://salt-coast-online.example/back",
      })
      expect(data.partner.keys).toEqual([
        expect.objectContaining({ id: game.keyId, secret_hint: game.secret.slice(-4), expires_at: null }),
      ])
      const list = await api.get("/admin/partners", admin)
      for (const answer of [data, list.data]) {
        expect(JSON.stringify(answer)).not.toContain(game.secret)
        expect(JSON.stringify(answer)).not.toContain("secret_ciphertext")
      }
      const [stored] = await getContainer().resolve<PartnerModuleService>(PARTNER_MODULE).listPartnerKeys({ id: game.keyId })
      expect(stored.secret_ciphertext).not.toContain(game.secret)
      expect(game.secret.length).toBeGreaterThanOrEqual(43)
    })

    it("rotates a secret: the old one works through the overlap only", async () => {
      const rotated = await api.post(`/admin/partners/${game.id}/rotate-secret`, { overlap_minutes: 10 }, admin)
      const fresh: PartnerWithKey = { ...game, keyId: rotated.data.signing_key.key_id, secret: rotated.data.signing_key.secret }
      expect(fresh.keyId).not.toBe(game.keyId)
      expect((await handshake(await newCart(api, demo), tokenFor(game, "old-key"))).status).toBe(200)
      expect((await handshake(await newCart(api, demo), tokenFor(fresh, "new-key"))).status).toBe(200)

      const again = await api.post(`/admin/partners/${game.id}/rotate-secret`, { overlap_minutes: 0 }, admin)
      const newest: PartnerWithKey = { ...game, keyId: again.data.signing_key.key_id, secret: again.data.signing_key.secret }
      expect((await handshake(await newCart(api, demo), tokenFor(fresh, "retired-key"))).status).toBe(401)
      expect((await handshake(await newCart(api, demo), tokenFor(newest, "newest-key"))).status).toBe(200)
      const bad = await settle(api.post(`/admin/partners/${game.id}/rotate-secret`, { overlap_minutes: -1 }, admin))
      expect(bad.status).toBe(400)
    })
  })

  describe("a valid handshake", () => {
    it("binds the cart to the partner account, which opens the partner's protected products to that cart only", async () => {
      const cartId = await newCart(api, demo)
      const otherCart = await newCart(api, demo)
      expect(await seesTurns(cartId)).toBe(false)
      expect((await addTurns(cartId)).status).toBe(400)

      const { status, data } = await handshake(cartId, tokenFor(game, "player-42", { displayName: "Captain Ada" }))
      expect(status).toBe(200)
      expect(data.partner_session).toMatchObject({
        partner: { id: game.id, name: "Salt Coast Online", return_url: "https://salt-coast-online.example/back" },
        account: { account_ref: "player-42", display_name: "Captain Ada" },
      })
      expect(new Date(data.partner_session.expires_at).getTime()).toBeGreaterThan(Date.now())

      expect(await seesTurns(cartId)).toBe(true)
      expect((await addTurns(cartId)).status).toBe(200)
      expect(await seesTurns(otherCart)).toBe(false)
      expect((await addTurns(otherCart)).status).toBe(400)
    })

    it("of another partner does not open this partner's products", async () => {
      const other = await createPartner(api, admin, "Harbor Arcade")
      const cartId = await newCart(api, demo)
      expect((await handshake(cartId, tokenFor(other, "player-1"))).status).toBe(200)
      expect(await seesTurns(cartId)).toBe(false)
      expect((await addTurns(cartId)).status).toBe(400)
    })
  })

  describe("a refused handshake", () => {
    it("answers 401 with one message and binds nothing, whatever is wrong with the token", async () => {
      const cartId = await newCart(api, demo)
      const now = Math.floor(Date.now() / 1000)
      const valid = tokenFor(game, "player-7")
      const [header, claims] = valid.split(".")
      const forged = (
        changes: Record<string, unknown>,
        secret = game.secret,
        head: Record<string, unknown> = { alg: "HS256", typ: "JWT", kid: game.keyId }
      ) => {
        const decoded = JSON.parse(Buffer.from(claims, "base64url").toString())
        const input = `${b64(head)}.${b64({ ...decoded, ...changes })}`
        return `${input}.${sign(input, secret)}`
      }
      const refused = {
        "claims changed after signing": `${header}.${b64({ ...JSON.parse(Buffer.from(claims, "base64url").toString()), sub: "someone-else" })}.${valid.split(".")[2]}`,
        "signature changed": `${valid.slice(0, -2)}${valid.endsWith("AA") ? "BB" : "AA"}`,
        "signed with another secret": forged({}, "not-the-secret"),
        expired: tokenFor(game, "player-7", { now: new Date((now - 400) * 1000), ttlSeconds: 300 }),
        "issued in the future beyond the skew": tokenFor(game, "player-7", { now: new Date((now + 120) * 1000) }),
        "valid for more than 15 minutes": tokenFor(game, "player-7", { ttlSeconds: 16 * 60 }),
        "unknown key id": forged({}, game.secret, { alg: "HS256", typ: "JWT", kid: "pkey_unknown" }),
        "no algorithm": `${b64({ alg: "none", kid: game.keyId })}.${claims}.`,
        "not a token": "hello",
      }
      for (const [why, token] of Object.entries(refused)) {
        const { status, data } = await handshake(cartId, token)
        expect({ why, status, message: data.message }).toEqual({
          why,
          status: 401,
          message: "The partner handshake is not valid.",
        })
      }
      expect(await bindings(cartId)).toEqual([])
      expect(await accounts()).toEqual([])
      expect(await seesTurns(cartId)).toBe(false)
      // A small skew is tolerated: a partner clock 10 s ahead is fine.
      expect((await handshake(cartId, tokenFor(game, "player-7", { now: new Date((now + 10) * 1000) }))).status).toBe(200)
    })

    it("accepts a token once: 20 requests racing with one token bind exactly one cart", async () => {
      const carts = await Promise.all(Array.from({ length: 20 }, () => newCart(api, demo)))
      const token = tokenFor(game, "player-race")
      const answers = await Promise.all(carts.map((cartId) => handshake(cartId, token)))
      const statuses = answers.map((answer) => answer.status).sort()
      expect(statuses).toEqual([200, ...Array(19).fill(401)])
      const bound = (await Promise.all(carts.map(bindings))).filter((unlocks) => unlocks.length)
      expect(bound).toHaveLength(1)
      expect(await accounts()).toHaveLength(1)
      expect((await handshake(carts[0], token)).status).toBe(401)
    })
  })
})
