import { timingSafeEqual } from "node:crypto"
import { HandshakeClaims, handshakeSignature } from "../../partner-client"

/** A token may be presented for at most this long after it was issued. */
export const MAX_TOKEN_SECONDS = 15 * 60
/** How far a partner's clock may run ahead of ours. */
export const CLOCK_SKEW_SECONDS = 30

export type ParsedToken = { kid: string; claims: HandshakeClaims; signingInput: string; signature: Buffer }

const fromBase64url = (part: string) => Buffer.from(part, "base64url")
const isText = (value: unknown, max: number): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= max

/** The token's parts, unverified; null when it is not a well-formed HS256 handshake. */
export function parseToken(token: string): ParsedToken | null {
  const parts = token.split(".")
  if (parts.length !== 3) {
    return null
  }
  try {
    const header = JSON.parse(fromBase64url(parts[0]).toString("utf8"))
    const claims = JSON.parse(fromBase64url(parts[1]).toString("utf8"))
    // Only HS256: a token must never pick a weaker (or no) algorithm for itself.
    if (header?.alg !== "HS256" || !isText(header.kid, 100)) {
      return null
    }
    const wellFormed =
      isText(claims?.sub, 200) &&
      isText(claims.jti, 200) &&
      Number.isInteger(claims.iat) &&
      Number.isInteger(claims.exp) &&
      (claims.name === undefined || isText(claims.name, 200)) &&
      (claims.owns === undefined || (Array.isArray(claims.owns) && claims.owns.every((h: unknown) => isText(h, 200))))
    return wellFormed
      ? { kid: header.kid, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: fromBase64url(parts[2]) }
      : null
  } catch {
    return null
  }
}

/** Whether the signature is the secret's, compared in constant time. */
export function signedWith(token: ParsedToken, secret: string): boolean {
  const expected = handshakeSignature(token.signingInput, secret)
  return expected.length === token.signature.length && timingSafeEqual(expected, token.signature)
}

/** Why the claims are not acceptable at `now`, or null when they are. */
export function claimsProblem(claims: HandshakeClaims, now: Date): string | null {
  const seconds = Math.floor(now.getTime() / 1000)
  if (claims.iat > seconds + CLOCK_SKEW_SECONDS) return "issued in the future"
  if (claims.exp <= seconds) return "expired"
  if (claims.exp <= claims.iat || claims.exp - claims.iat > MAX_TOKEN_SECONDS) return "lifetime over 15 minutes"
  return null
}
