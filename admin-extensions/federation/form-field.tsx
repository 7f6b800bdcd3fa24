import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormFieldProps = {
  id: string
  label: string
  optional?: boolean
  error?: string
  children: ReactNode
}

export const FormField = ({ id, label, optional, error, children }: FormFieldProps) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
    </Label>
    {children}
    {error && <Hint variant="error">{error}</Hint>}
  </div>
)
