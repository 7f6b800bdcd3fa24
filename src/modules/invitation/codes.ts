import { randomInt } from "node:crypto"

/**
 * 32 symbols without look-alikes (no 0/O, 1/I): 16 of them carry exactly 80 bits.
 * Grouped by 4 for typing: `XXXX-XXXX-XXXX-XXXX`.
 */
export const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
export const CODE_LENGTH = 16
const GROUP = 4

/** A fresh code. `randomInt` draws without modulo bias (it rejects out-of-range draws). */
export function newAccessCode(): string {
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
