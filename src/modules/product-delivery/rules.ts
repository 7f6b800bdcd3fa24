import { prepaidCodeOf } from "../prepaid-code/line"

/**
 * Which goods go out by which delivery kind: the one place the combinations are judged.
 * A web service is delivered digitally (straight to the partner service, or as prepaid
 * codes the buyer passes on); merchandise goes by mail and only by mail.
 */
export const GOODS = ["web_service", "merchandise"] as const
export type Goods = (typeof GOODS)[number]

export const DELIVERY_KINDS = ["immediate", "prepaid_code", "mail"] as const
export type DeliveryKind = (typeof DELIVERY_KINDS)[number]

export const KINDS_OF_GOODS: Record<Goods, readonly DeliveryKind[]> = {
  web_service: ["immediate", "prepaid_code"],
  merchandise: ["mail"],
}

/** The line metadata key holding a line's delivery kind. */
export const DELIVERY_KIND_KEY = "delivery_kind"

/** A product's delivery as the rules read it. */
export type DeliverySetting = { goods: Goods; kinds: DeliveryKind[]; default_kind: DeliveryKind }

/** A product without a setting: merchandise by mail, so everything sold before keeps shipping. */
export const MAIL_ONLY: DeliverySetting = { goods: "merchandise", kinds: ["mail"], default_kind: "mail" }

const GOODS_NAMES: Record<Goods, string> = { web_service: "a web service", merchandise: "merchandise" }
const KIND_NAMES: Record<DeliveryKind, string> = { immediate: "immediate delivery", prepaid_code: "prepaid codes", mail: "mail" }

/** Delivered without shipping: nothing to pack, no shipping method, no address. */
export const isDigital = (kind: DeliveryKind) => kind !== "mail"

/** Why a setting is illegal, or null when it is fine. */
export function settingProblem(setting: {
  goods: Goods
  kinds: DeliveryKind[]
  default_kind?: DeliveryKind | null
}): string | null {
  const allowed = KINDS_OF_GOODS[setting.goods]
  if (!setting.kinds.length) {
    return `Choose at least one delivery kind for ${GOODS_NAMES[setting.goods]}.`
  }
  const illegal = setting.kinds.find((kind) => !allowed.includes(kind))
  if (illegal) {
    return `${KIND_NAMES[illegal]} is not possible for ${GOODS_NAMES[setting.goods]}: it can be delivered by ${allowed.map((k) => KIND_NAMES[k]).join(" or ")}.`
  }
  if (setting.default_kind && !setting.kinds.includes(setting.default_kind)) {
    return `The default delivery kind (${KIND_NAMES[setting.default_kind]}) must be one of the allowed kinds.`
  }
  return null
}

/** A legal setting from an admin's choice: the default is the first allowed kind unless named. */
export const settingOf = (input: {
  goods: Goods
  kinds: DeliveryKind[]
  default_kind?: DeliveryKind | null
}): DeliverySetting => ({
  goods: input.goods,
  kinds: DELIVERY_KINDS.filter((kind) => input.kinds.includes(kind)),
  default_kind: input.default_kind ?? DELIVERY_KINDS.find((kind) => input.kinds.includes(kind)) ?? "mail",
})

const kindIn = (value: unknown): DeliveryKind | null =>
  typeof value === "string" && (DELIVERY_KINDS as readonly string[]).includes(value) ? (value as DeliveryKind) : null

/**
 * How a line is delivered: its chosen kind while the product still allows it, else the
 * product's default (an admin may have changed the product since the line was added).
 */
export function kindOfLine(metadata: Record<string, unknown> | null | undefined, setting: DeliverySetting): DeliveryKind {
  if (isRedeemed(metadata)) {
    return "immediate"
  }
  const chosen = kindIn(metadata?.[DELIVERY_KIND_KEY])
  return chosen && setting.kinds.includes(chosen) ? chosen : setting.default_kind
}

/** A redeemed prepaid code's line: its delivery is forced to immediate and cannot be changed. */
export const isRedeemed = (metadata: Record<string, unknown> | null | undefined) => prepaidCodeOf(metadata) !== null

/** The kind a line's metadata names, whatever the product allows: what checkout reads without settings. */
export const kindOnLine = (metadata: Record<string, unknown> | null | undefined): DeliveryKind | null =>
  kindIn(metadata?.[DELIVERY_KIND_KEY])

/** Why a shopper may not choose `kind` for a product, or null. */
export function choiceProblem(title: string, setting: DeliverySetting, kind: DeliveryKind): string | null {
  return setting.kinds.includes(kind)
    ? null
    : `"${title}" cannot be delivered by ${KIND_NAMES[kind]}: choose ${setting.kinds.map((k) => KIND_NAMES[k]).join(" or ")}.`
}
