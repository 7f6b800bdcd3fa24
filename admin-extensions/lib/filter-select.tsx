import { Select } from "@medusajs/ui"

/** A list filter: "every …" (the value "all") or one of the options. */
export const FilterSelect = ({
  value,
  onChange,
  everyLabel,
  options,
  testId,
}: {
  value: string
  onChange: (value: string) => void
  everyLabel: string
  options: { value: string; label: string }[]
  testId?: string
}) => (
  <Select value={value} onValueChange={onChange}>
    <Select.Trigger data-testid={testId}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value="all">{everyLabel}</Select.Item>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
