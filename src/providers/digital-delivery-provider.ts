import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import type { CreateFulfillmentResult, FulfillmentDTO, FulfillmentItemDTO, FulfillmentOption } from "@medusajs/framework/types"

type Items = Partial<Omit<FulfillmentItemDTO, "fulfillment">>[]

/**
 * What the two digital delivery kinds share as Medusa fulfillment providers. A provider
 * sees only the fulfillment module's container, not the plugin's modules, so it does not
 * deliver anything itself: it marks the fulfillment with its kind and the units it covers,
 * and the `deliver-digital-lines` workflow around it does the cross-module work (partner
 * deliveries, prepaid codes) keyed by the fulfillment's id. Nothing is priced or shipped:
 * these options are never offered to shoppers.
 */
export abstract class DigitalDeliveryProvider extends AbstractFulfillmentProviderService {
  protected abstract readonly kind: "immediate" | "prepaid_code"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: this.kind, name: this.kind === "immediate" ? "Immediate delivery" : "Prepaid codes" }]
  }

  async validateOption(): Promise<boolean> {
    return true
  }

  async validateFulfillmentData(_optionData: Record<string, unknown>, data: Record<string, unknown>) {
    return data
  }

  async canCalculate(): Promise<boolean> {
    return false
  }

  async calculatePrice(): Promise<never> {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Digital deliveries are not priced: they are never offered as shipping.")
  }

  async createFulfillment(
    _data: Record<string, unknown>,
    items: Items,
    _order: unknown,
    fulfillment: Partial<Omit<FulfillmentDTO, "provider_id" | "data" | "items">>
  ): Promise<CreateFulfillmentResult> {
    if (fulfillment.requires_shipping) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A ${this.kind} delivery ships nothing: its lines must not require shipping.`
      )
    }
    return {
      data: {
        delivery_kind: this.kind,
        units: items.reduce((sum, item) => sum + Number(item.quantity ?? 0), 0),
      },
      labels: [],
    }
  }

  async cancelFulfillment(): Promise<Record<string, never>> {
    return {}
  }

  async createReturnFulfillment(): Promise<never> {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A digital delivery is not returned by shipping it back.")
  }
}
