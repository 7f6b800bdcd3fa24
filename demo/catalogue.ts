/** The demo federation: three independent stores, one print they both sell. */

export type DemoVariant = {
  title: string
  sku: string
  options: Record<string, string>
  price: number
  stock: number
}

export type DemoProduct = {
  title: string
  handle: string
  subtitle: string
  description: string
  art: "membership" | "turns" | "print" | "tee" | "cap" | "hoodie" | "book" | "calendar"
  options: { title: string; values: string[] }[]
  variants: DemoVariant[]
  /** Sells units of the federation's shared print instead of its own stock. */
  sharedPrint?: boolean
}

export type DemoStore = {
  handle: string
  name: string
  tagline: string
  description: string
  accent_color: string
  contact_name: string
  contact_email: string
  contact_phone: string
  distributor_url: string
  location: string
  shipping: { name: string; code: string; description: string; amount: number }[]
  products: DemoProduct[]
}

export const SHARED_PRINT = { sku: "PRINT-LIGHTHOUSE-A3", title: "Lighthouse at Dusk, A3 giclée print", stock: 50 }

const single = (sku: string, price: number, stock: number): Pick<DemoProduct, "options" | "variants"> => ({
  options: [{ title: "Edition", values: ["Standard"] }],
  variants: [{ title: "Standard", sku, options: { Edition: "Standard" }, price, stock }],
})

const sized = (prefix: string, sizes: string[], price: number, stock: number) => ({
  options: [{ title: "Size", values: sizes }],
  variants: sizes.map((size) => ({ title: size, sku: `${prefix}-${size}`, options: { Size: size }, price, stock })),
})

export const DEMO_STORES: DemoStore[] = [
  {
    handle: "tidewater-prints",
    name: "Tidewater Books & Prints",
    tagline: "Illustrated books and limited-run prints from the Salt Coast",
    description: "A two-person press in Astoria printing art books, wall calendars and numbered giclée prints.",
    accent_color: "#2a9d8f",
    contact_name: "Ines Calder",
    contact_email: "orders@tidewater-prints.example",
    contact_phone: "+1 503 555 0142",
    distributor_url: "https://fulfilment.tidewater-prints.example/federated-cart/orders",
    location: "Tidewater warehouse, Astoria",
    shipping: [
      { name: "Media Mail (5–8 days)", code: "media-mail", description: "Flat-packed and tracked.", amount: 4 },
      { name: "Priority (2–3 days)", code: "priority", description: "Rigid mailer, tracked.", amount: 9 },
    ],
    products: [
      {
        title: "Lighthouse at Dusk, A3 Print",
        handle: "lighthouse-at-dusk-print",
        subtitle: "Numbered edition of 50",
        description:
          "Giclée print on 310 gsm cotton rag, signed and numbered. Also sold by Lantern Forge Games as the art of Salt Coast's cover.",
        art: "print",
        sharedPrint: true,
        ...single("TW-LIGHTHOUSE-A3", 24, 0),
      },
      {
        title: "Tales of the Salt Coast",
        handle: "tales-of-the-salt-coast",
        subtitle: "Hardcover, 212 pages",
        description: "Twelve illustrated stories of harbour towns, fog and the keepers who stayed.",
        art: "book",
        ...single("TW-TALES-HC", 32, 60),
      },
      {
        title: "Tide Charts 2027 Wall Calendar",
        handle: "tide-charts-2027-calendar",
        subtitle: "Risograph, 12 months",
        description: "Monthly tide charts for the Columbia River bar, printed in two inks on recycled stock.",
        art: "calendar",
        ...single("TW-CAL-2027", 18, 80),
      },
    ],
  },
  {
    handle: "harbor-thread",
    name: "Harbor Thread Co.",
    tagline: "Heavyweight tees and caps, screen-printed in Portland",
    description: "Garments printed by hand in small batches, including official Lantern Forge merchandise.",
    accent_color: "#2f6fdf",
    contact_name: "Dev Okafor",
    contact_email: "hello@harborthread.example",
    contact_phone: "+1 971 555 0178",
    distributor_url: "https://ops.harborthread.example/hooks/federated-cart",
    location: "Harbor Thread print shop, Portland",
    shipping: [
      { name: "Standard (3–5 days)", code: "standard", description: "USPS Ground Advantage.", amount: 5 },
      { name: "Express (1–2 days)", code: "express", description: "UPS 2nd Day Air.", amount: 12 },
    ],
    products: [
      {
        title: "Lantern Forge Logo T-Shirt",
        handle: "lantern-forge-logo-tee",
        subtitle: "Heavyweight cotton, charcoal",
        description: "220 gsm combed cotton with the Lantern Forge lantern printed in amber water-based ink.",
        art: "tee",
        ...sized("HT-LF-TEE", ["S", "M", "L", "XL"], 28, 40),
      },
      {
        title: "Harbor Crew Cap",
        handle: "harbor-crew-cap",
        subtitle: "Six-panel, brass buckle",
        description: "Washed canvas cap with an embroidered anchor and an adjustable brass buckle.",
        art: "cap",
        options: [{ title: "Colour", values: ["Navy", "Sand"] }],
        variants: ["Navy", "Sand"].map((colour) => ({
          title: colour,
          sku: `HT-CAP-${colour.toUpperCase()}`,
          options: { Colour: colour },
          price: 22,
          stock: 30,
        })),
      },
      {
        title: "Dockside Hoodie",
        handle: "dockside-hoodie",
        subtitle: "Brushed fleece, slate",
        description: "Midweight brushed fleece with a double-lined hood and a kangaroo pocket.",
        art: "hoodie",
        ...sized("HT-HOODIE", ["S", "M", "L"], 54, 20),
      },
    ],
  },
  {
    handle: "lantern-forge",
    name: "Lantern Forge Games",
    tagline: "Turn-based adventures on the Salt Coast",
    description:
      "The studio behind Salt Coast, a slow strategy game of lighthouses and tides. Memberships and turn packs are delivered to your game account.",
    accent_color: "#d9822b",
    contact_name: "Mara Quill",
    contact_email: "support@lanternforge.example",
    contact_phone: "+1 206 555 0119",
    distributor_url: "https://api.lanternforge.example/v1/federated-cart/handoff",
    location: "Lantern Forge digital vault",
    shipping: [
      { name: "Delivered to your game account", code: "digital", description: "No shipping needed.", amount: 0 },
      { name: "Print shipped by Tidewater", code: "print-post", description: "For the art print.", amount: 4 },
    ],
    products: [
      {
        title: "Guild Membership",
        handle: "guild-membership",
        subtitle: "30 days of the Lamplighters' Guild",
        description: "Unlocks guild quests, the harbour market and two extra turns a day for 30 days.",
        art: "membership",
        ...single("LF-GUILD-30D", 9.99, 10000),
      },
      {
        title: "Turn Pack",
        handle: "turn-pack",
        subtitle: "Extra turns for Salt Coast",
        description: "Turns are spent to sail, build and trade. Members only: turn packs need an active Guild Membership.",
        art: "turns",
        options: [{ title: "Turns", values: ["10 turns", "50 turns", "120 turns"] }],
        variants: [
          { title: "10 turns", sku: "LF-TURNS-10", options: { Turns: "10 turns" }, price: 4.99, stock: 10000 },
          { title: "50 turns", sku: "LF-TURNS-50", options: { Turns: "50 turns" }, price: 19.99, stock: 10000 },
          { title: "120 turns", sku: "LF-TURNS-120", options: { Turns: "120 turns" }, price: 39.99, stock: 10000 },
        ],
      },
      {
        title: "Salt Coast Cover Art Print",
        handle: "salt-coast-cover-print",
        subtitle: "The game's cover, A3, numbered",
        description:
          "The Salt Coast box art by Ines Calder, printed and shipped by Tidewater Books & Prints from the same numbered edition of 50.",
        art: "print",
        sharedPrint: true,
        ...single("LF-COVER-PRINT", 26, 0),
      },
    ],
  },
]
