/**
 * Units of an inventory item free at a location, at an instant. Medusa's
 * `reserved_quantity` still counts a ticket whose hold has run out until the sweep
 * releases it; time alone makes those units free again, so they are added back here.
 */
export function freeUnits(
  level: { stocked_quantity: number; reserved_quantity: number },
  expiredButUnswept: number
): number {
  return Math.max(0, level.stocked_quantity - level.reserved_quantity + expiredButUnswept)
}

export const isLive = (ticket: { status: string; expires_at: Date | string }, now: Date) =>
  ticket.status === "held" && new Date(ticket.expires_at).getTime() > now.getTime()
