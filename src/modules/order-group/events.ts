/** Emitted once per checkout, after the payment is captured and every store order exists. */
export const ORDER_GROUP_PLACED = "order_group.placed"

export type OrderGroupPlacedData = { id: string }
