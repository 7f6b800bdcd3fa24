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
}

export default nextConfig
