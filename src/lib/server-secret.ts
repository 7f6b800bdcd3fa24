import { hkdfSync } from "node:crypto"

// Only for development and tests: a merchant's server must set its own.
const DEVELOPMENT_SECRET = "federated-cart-development-secret-do-not-use-in-production"

export type Logger = { warn: (message: string) => void }

/**
 * A 32-byte key for one purpose, derived from the plugin's server secret
 * (`FEDERATED_CART_SECRET`). Each purpose gets its own key, so a key leaked from one use
 * (say, the access-code hashes) says nothing about another (the partner secrets).
 * Without a secret the development one is used, loudly in production (as Medusa does
 * with its own default JWT secret), so a server still boots.
 */
export function serverKey(secret: string | undefined, purpose: string, logger?: Logger): Buffer {
  if (!secret && process.env.NODE_ENV === "production") {
    logger?.warn(
      `Federated Cart: FEDERATED_CART_SECRET is not set; ${purpose} are keyed with the public development secret. Set it.`
    )
  }
  return Buffer.from(hkdfSync("sha256", secret || DEVELOPMENT_SECRET, "federated-cart", purpose, 32))
}
