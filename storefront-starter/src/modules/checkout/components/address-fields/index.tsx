import type { HttpTypes } from "@medusajs/types"

type AddressFieldsProps = {
  /** Input names are `${prefix}.first_name`, … */
  prefix: "shipping" | "billing"
  address?: HttpTypes.StoreCartAddress | null
  countries: HttpTypes.StoreRegionCountry[]
}

const FIELDS = [
  { name: "first_name", label: "First name", autoComplete: "given-name" },
  { name: "last_name", label: "Last name", autoComplete: "family-name" },
  { name: "address_1", label: "Address", autoComplete: "address-line1" },
  { name: "city", label: "City", autoComplete: "address-level2" },
  { name: "postal_code", label: "Postal code", autoComplete: "postal-code" },
] as const

/** One postal address; the country is one of the region's. */
const AddressFields = ({ prefix, address, countries }: AddressFieldsProps) => (
  <div className="checkout-fields">
    {FIELDS.map((field) => (
      <label key={field.name}>
        {field.label}
        <input
          name={`${prefix}.${field.name}`}
          defaultValue={address?.[field.name] ?? ""}
          autoComplete={`${prefix} ${field.autoComplete}`}
          required
          data-testid={`${prefix}-${field.name.replace("_", "-")}`}
        />
      </label>
    ))}
    <label>
      Country
      <select
        name={`${prefix}.country_code`}
        defaultValue={address?.country_code ?? countries[0]?.iso_2 ?? ""}
        required
        data-testid={`${prefix}-country`}
      >
        {countries.map((country) => (
          <option key={country.iso_2} value={country.iso_2 ?? ""}>
            {country.display_name ?? country.iso_2?.toUpperCase()}
          </option>
        ))}
      </select>
    </label>
  </div>
)

export default AddressFields
