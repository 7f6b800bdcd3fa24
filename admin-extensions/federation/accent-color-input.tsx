import { Input } from "@medusajs/ui"

type AccentColorInputProps = {
  id: string
  value: string
  invalid: boolean
  onChange: (value: string) => void
}

const isHexColor = (value: string) => /^#[0-9a-fA-F]{6}$/.test(value)

// The native picker cannot hold "no colour", so the text box stays the source of truth
// and an empty value means the store has no accent colour.
export const AccentColorInput = ({ id, value, invalid, onChange }: AccentColorInputProps) => (
  <div className="flex items-center gap-x-2">
    <input
      type="color"
      aria-label="Pick accent colour"
      className="h-8 w-10 shrink-0 cursor-pointer rounded-md border border-ui-border-base bg-ui-bg-field p-0.5"
      value={isHexColor(value) ? value.toLowerCase() : "#000000"}
      onChange={(event) => onChange(event.target.value)}
    />
    <Input
      id={id}
      placeholder="#rrggbb"
      value={value}
      aria-invalid={invalid}
      onChange={(event) => onChange(event.target.value)}
    />
  </div>
)
