import { useSearchParams } from "react-router-dom"
import type { TicketFilters, TicketListStatus } from "./types"

const statuses: TicketListStatus[] = ["live", "expired", "released", "purchased", "held"]
const filterNames = ["federated_store_id", "product_id", "q", "cart_id"] as const

type FilterName = (typeof filterNames)[number] | "status"

/**
 * The filters live in the URL, so a product's widget can link straight to its holds and
 * an admin can share what they are looking at.
 */
export const useTicketFilters = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const status = searchParams.get("status")
  const filters: TicketFilters = {
    status: statuses.find((s) => s === status) ?? "live",
    ...Object.fromEntries(filterNames.flatMap((name) => (searchParams.get(name) ? [[name, searchParams.get(name)]] : []))),
  }

  const setFilter = (name: FilterName, value: string | undefined) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value && !(name === "status" && value === "live")) {
          next.set(name, value)
        } else {
          next.delete(name)
        }
        return next
      },
      { replace: true }
    )

  const clear = () => setSearchParams({}, { replace: true })

  return { filters, setFilter, clear }
}
