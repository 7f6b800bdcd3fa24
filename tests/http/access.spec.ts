// Who may see and buy what: visibility, the partner handshake, access and prepaid codes, purchase rules.
// One Medusa app for the group; each suite on a database of its own (tests/helpers/http-suite.ts).
import { runHttpSuites } from "../helpers/http-suite"
import accessCodes from "./suites/access-codes"
import partnerHandshake from "./suites/partner-handshake"
import prepaidCodes from "./suites/prepaid-codes"
import productVisibility from "./suites/product-visibility"
import purchaseRules from "./suites/purchase-rules"

jest.setTimeout(600_000)

runHttpSuites({
  "product visibility": productVisibility,
  "partner handshake": partnerHandshake,
  "access codes": accessCodes,
  "prepaid codes": prepaidCodes,
  "purchase rules": purchaseRules,
})
