import { convertToLocale } from "@lib/util/money"

/** A line a prepaid code paid for: its list price crossed out, then what it costs here ($0). */
const PrepaidPrice = ({ listPrice, unitPrice, currencyCode }: { listPrice: number; unitPrice: number; currencyCode: string }) => (
  <span className="prepaid-price">
    <s className="muted" data-testid="line-list-price">
      {convertToLocale({ amount: listPrice, currency_code: currencyCode })}
    </s>{" "}
    <span data-testid="line-unit-price">{convertToLocale({ amount: unitPrice, currency_code: currencyCode })}</span>
  </span>
)

export default PrepaidPrice
