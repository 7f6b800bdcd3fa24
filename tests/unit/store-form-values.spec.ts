import {
  emptyStoreFormValues,
  toCreateBody,
  toStoreFormValues,
  toUpdateBody,
  validateStoreForm,
} from "../../admin-extensions/federation/store-form-values"

const filled = {
  ...emptyStoreFormValues,
  name: "Harbor Thread",
  handle: "harbor-thread",
  contact_email: "ops@harbor.test",
  distributor_url: "https://harbor.test/orders",
}

describe("store form: hold time", () => {
  it("leaves the hold time out when blank, so the plugin's default applies", () => {
    expect(toCreateBody(filled)).not.toHaveProperty("hold_minutes")
  })

  it("sends the minutes typed as a number", () => {
    expect(toCreateBody({ ...filled, hold_minutes: " 25 " }).hold_minutes).toBe(25)
  })

  it("sends a cleared hold time as null, and nothing when unchanged", () => {
    const initial = toStoreFormValues({
      ...filled,
      id: "fs_1",
      tagline: null,
      description: null,
      accent_color: null,
      contact_name: null,
      contact_phone: null,
      hold_minutes: 20,
      created_at: "",
      updated_at: "",
    })
    expect(initial.hold_minutes).toBe("20")
    expect(toUpdateBody(initial, initial)).toEqual({})
    expect(toUpdateBody(initial, { ...initial, hold_minutes: "" })).toEqual({ hold_minutes: null })
    expect(toUpdateBody(initial, { ...initial, hold_minutes: "45" })).toEqual({ hold_minutes: 45 })
  })

  it.each([
    ["0", "Use 1 to 1440 minutes"],
    ["1441", "Use 1 to 1440 minutes"],
    ["2.5", "Enter whole minutes"],
    ["ten", "Enter whole minutes"],
  ])("refuses %p", (typed, message) => {
    expect(validateStoreForm({ ...filled, hold_minutes: typed }).hold_minutes).toBe(message)
  })

  it("accepts 1 to 1440 minutes", () => {
    expect(validateStoreForm({ ...filled, hold_minutes: "1" })).toEqual({})
    expect(validateStoreForm({ ...filled, hold_minutes: "1440" })).toEqual({})
  })
})
