import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The storefront is its own project even inside the plugin's repository (whose
  // lockfile would otherwise make Next treat the repository as the root).
  outputFileTracingRoot: process.cwd(),
  // Lets a test build live beside a running dev server's `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The starter ships without ESLint dependencies; `next build` still type-checks.
  eslint: {
    ignoreDuringBuilds: true,
  },
  // The demo's game page signs handshakes with the plugin's own partner helper
  // (`src/partner-client`, outside this folder) rather than a copy of it.
  experimental: {
    externalDir: true,
  },
}

export default nextConfig
