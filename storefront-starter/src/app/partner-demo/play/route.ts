import { NextResponse, type NextRequest } from "next/server"

import { signHandshake } from "@partner-client"
import { demoPartnerKey } from "@modules/partner-demo/demo-key"
import { DEMO_LANDING, DEMO_PLAYERS } from "@modules/partner-demo/players"

export const dynamic = "force-dynamic"

/**
 * What the game's server does when a player follows its "harbour market" link: signs a
 * handshake for the player's account and redirects to the storefront's partner landing
 * (`/partner?token=…`), as a real partner's server would.
 */
export async function GET(request: NextRequest) {
  const key = demoPartnerKey()
  const player = DEMO_PLAYERS.find((candidate) => candidate.id === request.nextUrl.searchParams.get("account"))
  if (!key || !player) {
    return NextResponse.redirect(new URL("/partner-demo?error=1", request.nextUrl.origin))
  }
  const token = signHandshake({ ...key, accountId: player.id, displayName: player.name, owns: player.owns })
  const landing = new URL("/partner", request.nextUrl.origin)
  landing.searchParams.set("token", token)
  landing.searchParams.set("next", DEMO_LANDING)
  return NextResponse.redirect(landing)
}
