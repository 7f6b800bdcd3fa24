import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The starter ships without ESLint dependencies; `next build` still type-checks.
  eslint: {
    ignoreDuringBuilds: true,
  },
}

export default nextConfig
