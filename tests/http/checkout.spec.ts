// The federated checkout and what goes out after it: order groups, hand-offs, partner deliveries, delivery updates.
// One Medusa app for the group; each suite on a database of its own (tests/helpers/http-suite.ts).
import { runHttpSuites } from "../helpers/http-suite"
import deliveryRelay from "./suites/delivery-relay"
import distributorHandOff from "./suites/distributor-hand-off"
import distributorHandOffCheckout from "./suites/distributor-hand-off-checkout"
import orderGroups from "./suites/order-groups"
import partnerDeliveries from "./suites/partner-deliveries"

jest.setTimeout(600_000)

runHttpSuites({
  "order groups": orderGroups,
  "distributor hand-off": distributorHandOff,
  "distributor hand-off at checkout": distributorHandOffCheckout,
  "partner deliveries": partnerDeliveries,
  "delivery relay": deliveryRelay,
})
