/**
 * What a partner (a game, a web service) runs to send a shopper to the federation: a
 * handshake token signed with the partner's secret. Standalone on purpose (node:crypto
 * only), so a partner can copy this file. The token is a JWT (HS256) that any JWT library
 * can also make: header `{ alg: "HS256", typ: "JWT", kid }`, claims `sub` (the partner's
 * own account id), `name` (shown to the shopper), `iat`, `exp` (at most 15 minutes
 * later), `jti` (a fresh nonce: the store accepts each once) and `owns` (handles of
 * products the account already owns, optional).
 */
import { createHmac, randomBytes } from "node:crypto"

export type HandshakeClaims = {
  sub: string
  name?: string
  iat: number
  exp: number
  jti: string
  owns?: string[]
}

export type SignHandshakeInput = {
  /** The key id the store showed with the secret. */
  keyId: string
  secret: string
  accountId: string
  displayName?: string
  owns?: string[]
  /** How long the token may be presented (seconds, at most 900). Default 300. */
  ttlSeconds?: number
  now?: Date
  nonce?: string
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString("base64url")

/** The HS256 signature of a token's `header.claims` part. */
export const handshakeSignature = (signingInput: string, secret: string) =>
  createHmac("sha256", secret).update(signingInput).digest()

export function signHandshake({
  keyId,
  secret,
  accountId,
  displayName,
  owns,
  ttlSeconds = 300,
  now = new Date(),
  nonce = randomBytes(16).toString("base64url"),
}: SignHandshakeInput): string {
  const iat = Math.floor(now.getTime() / 1000)
  const claims: HandshakeClaims = { sub: accountId, iat, exp: iat + ttlSeconds, jti: nonce }
  if (displayName) claims.name = displayName
  if (owns?.length) claims.owns = owns
  const signingInput = `${base64url(JSON.stringify({ alg: "HS256", typ: "JWT", kid: keyId }))}.${base64url(JSON.stringify(claims))}`
  return `${signingInput}.${base64url(handshakeSignature(signingInput, secret))}`
}
