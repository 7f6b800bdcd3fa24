import { claimsProblem, parseToken, signedWith } from "../../src/modules/partner/handshake-token"
import { signHandshake } from "../../src/partner-client"

const now = new Date("2026-11-21T12:00:00Z")
const seconds = now.getTime() / 1000
const token = (extra: Record<string, unknown> = {}) =>
  signHandshake({ keyId: "pkey_1", secret: "s3cret", accountId: "player-1", displayName: "Ada", now, nonce: "n-1", ...extra })

describe("a partner handshake token", () => {
  it("is a JWT (HS256) the shipped helper signs and the store reads back", () => {
    const parsed = parseToken(token({ owns: ["guild-membership"] }))!
    expect(parsed.kid).toBe("pkey_1")
    expect(parsed.claims).toEqual({
      sub: "player-1",
      name: "Ada",
      iat: seconds,
      exp: seconds + 300,
      jti: "n-1",
      owns: ["guild-membership"],
    })
    expect(signedWith(parsed, "s3cret")).toBe(true)
    expect(signedWith(parsed, "other")).toBe(false)
    expect(claimsProblem(parsed.claims, now)).toBeNull()
  })

  it.each([
    ["two parts", "a.b"],
    ["no JSON", "x.y.z"],
    ["alg none", `${Buffer.from('{"alg":"none","kid":"k"}').toString("base64url")}.${token().split(".")[1]}.`],
    ["a missing nonce", token({ nonce: "" })],
  ])("is unreadable with %s", (_why, bad) => {
    expect(parseToken(bad)).toBeNull()
  })

  it("is refused when expired, issued beyond the skew, or valid longer than 15 minutes", () => {
    const claims = (iat: number, exp: number) => ({ sub: "a", jti: "n", iat, exp })
    expect(claimsProblem(claims(seconds - 400, seconds), now)).toBe("expired")
    expect(claimsProblem(claims(seconds + 31, seconds + 100), now)).toBe("issued in the future")
    expect(claimsProblem(claims(seconds + 30, seconds + 100), now)).toBeNull()
    expect(claimsProblem(claims(seconds, seconds + 901), now)).toBe("lifetime over 15 minutes")
    expect(claimsProblem(claims(seconds, seconds + 900), now)).toBeNull()
  })
})
