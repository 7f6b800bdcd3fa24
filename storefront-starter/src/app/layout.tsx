import type { Metadata } from "next"
import type { ReactNode } from "react"

import Nav from "@modules/layout/templates/nav"

import "./globals.css"

export const metadata: Metadata = {
  title: "Federated Stores",
  description: "Many independent stores, one cart.",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Nav />
        <main>{children}</main>
      </body>
    </html>
  )
}
