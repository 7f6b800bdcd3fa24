/** "$42.00": amounts come in the currency's main unit, as everywhere in Medusa's API. */
export const formatMoney = (amount: number, currencyCode: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
