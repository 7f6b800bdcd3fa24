/**
 * The demo partner's signing key, passed by `npm run demo` to the storefront's server only
 * (never a NEXT_PUBLIC_ variable, so never in a browser bundle): the secret stays on the
 * server, as it would on a game's. Read only by server code.
 */
export const demoPartnerKey = () => {
  const keyId = process.env.DEMO_PARTNER_KEY_ID
  const secret = process.env.DEMO_PARTNER_SECRET
  return keyId && secret ? { keyId, secret } : null
}
