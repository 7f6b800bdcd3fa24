import { DigitalDeliveryProvider } from "../digital-delivery-provider"

/** Prepaid-code delivery: one code per unit, issued and e-mailed by the prepaid-codes step. */
class PrepaidCodeDeliveryProviderService extends DigitalDeliveryProvider {
  static identifier = "prepaid-code-delivery"
  protected readonly kind = "prepaid_code" as const
}

export default PrepaidCodeDeliveryProviderService
