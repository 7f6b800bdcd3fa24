import type { MiddlewareRoute } from "@medusajs/framework/http"

// The signature covers the bytes as sent, so the receiver needs them before JSON parsing.
export const distributorDemoMiddlewares: MiddlewareRoute[] = [
  { matcher: "/distributor-demo/:handle", method: "POST", bodyParser: { preserveRawBody: true }, middlewares: [] },
]
