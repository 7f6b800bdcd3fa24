import { Alert, Drawer, Input, Textarea } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { DrawerFormFooter } from "../lib/drawer-form-footer"
import { AccentColorInput } from "./accent-color-input"
import { FormField } from "./form-field"
import { slugify } from "./slugify"
import { type StoreFormErrors, type StoreFormField, type StoreFormValues, validateStoreForm } from "./store-form-values"

type StoreFormProps = {
  initialValues: StoreFormValues
  // Create mode derives the handle from the name until the admin edits it.
  autoHandle: boolean
  submitLabel: string
  isSubmitting: boolean
  serverError: string | null
  onSubmit: (values: StoreFormValues) => void
}

type TextFieldSpec = {
  field: StoreFormField
  label: string
  optional?: boolean
  type?: string
}

const contactFields: TextFieldSpec[] = [
  { field: "contact_name", label: "Contact name", optional: true },
  { field: "contact_email", label: "Contact e-mail", type: "email" },
  { field: "contact_phone", label: "Contact phone", optional: true, type: "tel" },
  { field: "distributor_url", label: "Distributor URL", type: "url" },
]

export const StoreForm = ({ initialValues, autoHandle, submitLabel, isSubmitting, serverError, onSubmit }: StoreFormProps) => {
  const [values, setValues] = useState(initialValues)
  const [errors, setErrors] = useState<StoreFormErrors>({})
  const [handleFollowsName, setHandleFollowsName] = useState(autoHandle)

  const set = (field: StoreFormField, value: string) => setValues((current) => ({ ...current, [field]: value }))

  const setName = (name: string) =>
    setValues((current) => ({
      ...current,
      name,
      handle: handleFollowsName ? slugify(name) : current.handle,
    }))

  const setHandle = (handle: string) => {
    setHandleFollowsName(false)
    set("handle", handle)
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = validateStoreForm(values)
    setErrors(found)
    if (Object.keys(found).length === 0) {
      onSubmit(values)
    }
  }

  const textInput = ({ field, label, optional, type }: TextFieldSpec) => (
    <FormField key={field} id={`store-${field}`} label={label} optional={optional} error={errors[field]}>
      <Input
        id={`store-${field}`}
        name={field}
        type={type ?? "text"}
        value={values[field]}
        aria-invalid={Boolean(errors[field])}
        onChange={(event) => set(field, event.target.value)}
      />
    </FormField>
  )

  return (
    <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {serverError && (
          <Alert variant="error" data-testid="federation-form-error">
            {serverError}
          </Alert>
        )}
        <FormField id="store-name" label="Name" error={errors.name}>
          <Input
            id="store-name"
            name="name"
            value={values.name}
            aria-invalid={Boolean(errors.name)}
            onChange={(event) => setName(event.target.value)}
          />
        </FormField>
        <FormField id="store-handle" label="Handle" error={errors.handle}>
          <Input
            id="store-handle"
            name="handle"
            value={values.handle}
            aria-invalid={Boolean(errors.handle)}
            onChange={(event) => setHandle(event.target.value)}
          />
        </FormField>
        {textInput({ field: "tagline", label: "Tagline", optional: true })}
        <FormField id="store-description" label="Description" optional error={errors.description}>
          <Textarea
            id="store-description"
            name="description"
            rows={4}
            value={values.description}
            onChange={(event) => set("description", event.target.value)}
          />
        </FormField>
        <FormField id="store-accent_color" label="Accent colour" optional error={errors.accent_color}>
          <AccentColorInput
            id="store-accent_color"
            value={values.accent_color}
            invalid={Boolean(errors.accent_color)}
            onChange={(value) => set("accent_color", value)}
          />
        </FormField>
        {contactFields.map(textInput)}
        {textInput({
          field: "hold_minutes",
          label: "Hold time in minutes (blank: the plugin's default)",
          optional: true,
          type: "number",
        })}
      </Drawer.Body>
      <DrawerFormFooter submitLabel={submitLabel} isSubmitting={isSubmitting} submitTestId="federation-form-submit" />
    </form>
  )
}
