import type { CreateFederatedStoreBody, FederatedStore, UpdateFederatedStoreBody } from "./types"

export type StoreFormValues = {
  name: string
  handle: string
  tagline: string
  description: string
  accent_color: string
  contact_name: string
  contact_email: string
  contact_phone: string
  distributor_url: string
  /** Whole minutes as typed; blank: the plugin's default hold time. */
  hold_minutes: string
}

export type StoreFormField = keyof StoreFormValues
export type StoreFormErrors = Partial<Record<StoreFormField, string>>

const optionalFields = ["tagline", "description", "accent_color", "contact_name", "contact_phone"] as const

const requiredFields = ["name", "handle", "contact_email", "distributor_url"] as const

export const emptyStoreFormValues: StoreFormValues = {
  name: "",
  handle: "",
  tagline: "",
  description: "",
  accent_color: "",
  contact_name: "",
  contact_email: "",
  contact_phone: "",
  distributor_url: "",
  hold_minutes: "",
}

export const toStoreFormValues = (store: FederatedStore): StoreFormValues => ({
  name: store.name,
  handle: store.handle,
  tagline: store.tagline ?? "",
  description: store.description ?? "",
  accent_color: store.accent_color ?? "",
  contact_name: store.contact_name ?? "",
  contact_email: store.contact_email,
  contact_phone: store.contact_phone ?? "",
  distributor_url: store.distributor_url ?? "",
  hold_minutes: store.hold_minutes?.toString() ?? "",
})

const trimmed = (values: StoreFormValues): StoreFormValues => {
  const result = { ...values }
  for (const field of Object.keys(result) as StoreFormField[]) {
    result[field] = result[field].trim()
  }
  return result
}

export const toCreateBody = (values: StoreFormValues): CreateFederatedStoreBody => {
  const clean = trimmed(values)
  const body: CreateFederatedStoreBody = {
    name: clean.name,
    handle: clean.handle,
    contact_email: clean.contact_email,
    distributor_url: clean.distributor_url,
  }
  for (const field of optionalFields) {
    if (clean[field]) {
      body[field] = clean[field]
    }
  }
  if (clean.hold_minutes) {
    body.hold_minutes = Number(clean.hold_minutes)
  }
  return body
}

// Sends only what the admin changed, so fields the list response may lack are never
// overwritten with blanks.
export const toUpdateBody = (initial: StoreFormValues, values: StoreFormValues): UpdateFederatedStoreBody => {
  const before = trimmed(initial)
  const after = trimmed(values)
  const body: UpdateFederatedStoreBody = {}
  for (const field of requiredFields) {
    if (after[field] !== before[field]) {
      body[field] = after[field]
    }
  }
  for (const field of optionalFields) {
    if (after[field] !== before[field]) {
      body[field] = after[field] || null
    }
  }
  if (after.hold_minutes !== before.hold_minutes) {
    body.hold_minutes = after.hold_minutes ? Number(after.hold_minutes) : null
  }
  return body
}

// The server's limit (a day); the plugin's maximum hold time may cut a hold shorter.
const MAX_HOLD_MINUTES = 24 * 60
const handlePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const colorPattern = /^#[0-9a-fA-F]{6}$/

const isHttpUrl = (value: string): boolean => {
  try {
    const { protocol } = new URL(value)
    return protocol === "http:" || protocol === "https:"
  } catch {
    return false
  }
}

// A courtesy for quick feedback; the server stays the authority on what is valid.
export const validateStoreForm = (values: StoreFormValues): StoreFormErrors => {
  const clean = trimmed(values)
  const errors: StoreFormErrors = {}
  if (!clean.name) {
    errors.name = "Name is required"
  }
  if (!clean.handle) {
    errors.handle = "Handle is required"
  } else if (clean.handle.length < 2) {
    errors.handle = "Use at least 2 characters"
  } else if (!handlePattern.test(clean.handle)) {
    errors.handle = "Use lowercase letters, digits and single dashes"
  }
  if (!clean.contact_email) {
    errors.contact_email = "Contact e-mail is required"
  } else if (!emailPattern.test(clean.contact_email)) {
    errors.contact_email = "Enter a valid e-mail address"
  }
  if (!clean.distributor_url) {
    errors.distributor_url = "Distributor URL is required"
  } else if (!isHttpUrl(clean.distributor_url)) {
    errors.distributor_url = "Enter an http(s) URL"
  }
  if (clean.hold_minutes && !/^\d+$/.test(clean.hold_minutes)) {
    errors.hold_minutes = "Enter whole minutes"
  } else if (clean.hold_minutes && (Number(clean.hold_minutes) < 1 || Number(clean.hold_minutes) > MAX_HOLD_MINUTES)) {
    errors.hold_minutes = `Use 1 to ${MAX_HOLD_MINUTES} minutes`
  }
  if (clean.accent_color && !colorPattern.test(clean.accent_color)) {
    errors.accent_color = "Use the #rrggbb format"
  }
  return errors
}
