import { NextResponse, type NextRequest } from "next/server"

import { arriveFromPartner } from "@lib/data/access"

export const dynamic = "force-dynamic"

/**
 * Where a partner sends a shopper: `/partner?token=<signed handshake>&next=/stores/...`.
 * The cart is bound to the partner account and the shopper lands on `next` (or home).
 */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? ""
  const next = request.nextUrl.searchParams.get("next") ?? "/"
  // Only paths of this storefront: never an open redirect.
  const target = new URL(/^\/(?!\/)/.test(next) ? next : "/", request.nextUrl.origin)
  const arrived = await arriveFromPartner(token)
  if (!arrived.success) {
    target.searchParams.set("partner", "refused")
  }
  return NextResponse.redirect(target)
}
