import { demoPartnerKey } from "@modules/partner-demo/demo-key"
import { DEMO_PLAYERS } from "@modules/partner-demo/players"

export const dynamic = "force-dynamic"

/**
 * The demo's stand-in for a partner: the game "Salt Coast Online", whose server sends a
 * player to the storefront with a signed handshake. Not part of a real storefront.
 */
export default async function PartnerDemo({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const ready = demoPartnerKey() !== null
  const { error } = await searchParams

  return (
    <div className="container partner-demo" data-testid="partner-demo">
      <h1>Salt Coast Online</h1>
      <p className="muted">
        A slow strategy game of lighthouses and tides (a demo partner). Its harbour market sells turn packs that only its players
        can see: pick a player and the game signs you in to the federation.
      </p>
      {!ready || error ? (
        <p className="error" data-testid="partner-demo-unavailable">
          The demo partner has no signing key here: start the storefront with <code>npm run demo</code>.
        </p>
      ) : (
        <ul className="partner-demo__players">
          {DEMO_PLAYERS.map((player) => (
            <li key={player.id}>
              {/* A full page load, not a client navigation: the game's server answers with redirects. */}
              <form action="/partner-demo/play" method="get">
                <input type="hidden" name="account" value={player.id} />
                <button type="submit" className="button--primary" data-testid="partner-demo-play" data-account={player.id}>
                  Visit the harbour market as {player.name}
                </button>
              </form>
              <span className="muted">{player.owns.length ? "guild member" : "no membership yet"}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
