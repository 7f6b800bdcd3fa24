import { Button, Drawer } from "@medusajs/ui"

type DrawerFormFooterProps = {
  submitLabel: string
  isSubmitting: boolean
  submitTestId: string
  variant?: "primary" | "danger"
}

/** Cancel and submit, as every drawer form of the plugin ends. */
export const DrawerFormFooter = ({ submitLabel, isSubmitting, submitTestId, variant = "primary" }: DrawerFormFooterProps) => (
  <Drawer.Footer>
    <Drawer.Close asChild>
      <Button type="button" variant="secondary" size="small">
        Cancel
      </Button>
    </Drawer.Close>
    <Button type="submit" variant={variant} size="small" isLoading={isSubmitting} data-testid={submitTestId}>
      {submitLabel}
    </Button>
  </Drawer.Footer>
)
