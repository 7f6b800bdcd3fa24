/**
 * Formats an amount in major units (25 => $25.00) for a currency code.
 */
export const convertToLocale = ({
  amount,
  currency_code,
  locale = "en-US",
}: {
  amount: number
  currency_code: string | null | undefined
  locale?: string
}): string => {
  if (!currency_code) {
    return amount.toString()
  }

  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currency_code.toUpperCase(),
    }).format(amount)
  } catch {
    // Unknown currency code: fall back to "25.00 XYZ".
    return `${amount.toFixed(2)} ${currency_code.toUpperCase()}`
  }
}
