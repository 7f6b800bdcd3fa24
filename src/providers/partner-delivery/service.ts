import { DigitalDeliveryProvider } from "../digital-delivery-provider"

/** Immediate delivery to the partner service; the outbound message is the partner-deliveries step's. */
class PartnerDeliveryProviderService extends DigitalDeliveryProvider {
  static identifier = "partner-delivery"
  protected readonly kind = "immediate" as const
}

export default PartnerDeliveryProviderService
