import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto"

/**
 * Secrets the server must read back, at rest (partner secrets, distributor signing
 * secrets): AES-256-GCM under a key derived from the server secret. They cannot be
 * hashed, because making or checking an HMAC needs the secret itself.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {}

  seal(plaintext: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv("aes-256-gcm", this.key, iv)
    const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")
  }

  open(sealed: string): string {
    const data = Buffer.from(sealed, "base64url")
    const decipher = createDecipheriv("aes-256-gcm", this.key, data.subarray(0, 12))
    decipher.setAuthTag(data.subarray(12, 28))
    return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString("utf8")
  }
}
