import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export const validateStockLocationsStep = createStep("validate-stock-locations", async (ids: string[], { container }) => {
  if (!ids.length) {
    return new StepResponse(ids)
  }
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: ids }, { select: ["id"] })
  const found = new Set(locations.map((location) => location.id))
  const missing = ids.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No stock location with id ${missing.join(", ")}.`)
  }
  return new StepResponse(ids)
})
