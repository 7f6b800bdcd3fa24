import Medusa from "@medusajs/js-sdk"

// A plugin's admin bundle is built once, in Vite library mode, so import.meta.env
// would be frozen at plugin build time; __BACKEND_URL__ is substituted by the host
// dashboard's build instead (Medusa's documented way for plugins).
const backendUrl = typeof __BACKEND_URL__ === "string" && __BACKEND_URL__ ? __BACKEND_URL__ : "/"

export const sdk = new Medusa({
  baseUrl: backendUrl,
  debug: false,
  auth: { type: "session" },
})
