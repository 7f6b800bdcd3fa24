/**
 * The demo game's players. Captain Ines already holds a guild membership at the game
 * (her handshake says so); Deckhand Tom does not.
 */
export const DEMO_PLAYERS = [
  { id: "captain-ines", name: "Captain Ines", owns: ["guild-membership"] },
  { id: "deckhand-tom", name: "Deckhand Tom", owns: [] },
  { id: "bosun-mae", name: "Bosun Mae", owns: [] },
]

/** Where the game sends its players: the studio's turn packs, protected for them. */
export const DEMO_LANDING = "/stores/lantern-forge/products/turn-pack"
