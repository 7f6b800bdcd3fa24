import { createHmac, randomInt, timingSafeEqual } from "node:crypto"
import { Logger, serverKey } from "./server-secret"

/**
 * The code rules shared by access codes and prepaid codes: drawn from a cryptographic
 * source without modulo bias, stored only as an HMAC under the server secret plus the
 * last 4, compared in constant time.
 * 32 symbols without look-alikes (no 0/O, 1/I): 16 of them carry exactly 80 bits.
 * Grouped by 4 for typing: `XXXX-XXXX-XXXX-XXXX`.
 */
export const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
export const CODE_LENGTH = 16
const GROUP = 4

/** A fresh code. `randomInt` draws without modulo bias (it rejects out-of-range draws). */
export function newCode(): string {
  const symbols = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)])
  return symbols.join("").replace(new RegExp(`(.{${GROUP}})(?=.)`, "g"), "$1-")
}

/** A typed code as it is hashed: upper case, without dashes or spaces; null when it cannot be a code. */
export function normalizeCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "")
  if (code.length !== CODE_LENGTH || [...code].some((symbol) => !CODE_ALPHABET.includes(symbol))) {
    return null
  }
  return code
}

/** How a stored code is shown: only its last 4 characters. */
export const maskedCode = (last4: string) => `XXXX-XXXX-XXXX-${last4}`

/**
 * Codes at rest: only an HMAC under a key derived for one purpose (so access-code and
 * prepaid-code hashes never collide or leak into each other), looked up by that hash and
 * then compared in constant time.
 */
export class CodeHasher {
  private readonly key: Buffer

  constructor(secret: string | undefined, purpose: string, logger?: Logger) {
    this.key = serverKey(secret, purpose, logger)
  }

  /** The stored hash of a normalized code. */
  hash(normalized: string): string {
    return createHmac("sha256", this.key).update(normalized).digest("hex")
  }

  /** Whether a stored hash is the one just computed, in time that does not depend on where they differ. */
  matches(stored: string, computed: string): boolean {
    const a = Buffer.from(stored, "hex")
    const b = Buffer.from(computed, "hex")
    return a.length === b.length && timingSafeEqual(a, b)
  }
}
