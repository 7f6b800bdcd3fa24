import type { MiddlewareRoute } from "@medusajs/framework/http"

// The signature covers the bytes as sent, so the receiver needs them before JSON parsing.
export const partnerDemoMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/partner-demo/:partner_id/deliveries",
    method: "POST",
    bodyParser: { preserveRawBody: true },
    middlewares: [],
  },
]
