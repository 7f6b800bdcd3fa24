import { StatusBadge } from "@medusajs/ui"
import type { CartState } from "./types"

const colors: Record<CartState, "grey" | "green" | "orange" | "blue" | "red"> = {
  new: "grey",
  shop: "green",
  full: "orange",
  done: "blue",
  void: "red",
}

export const StateBadge = ({ state }: { state: CartState }) => <StatusBadge color={colors[state]}>{state}</StatusBadge>
