import type { DemoProduct } from "./catalogue"

/**
 * Draws a product picture as SVG so the demo ships no binary images and fetches none:
 * the store's colour, a simple drawing of the kind of product, and its title.
 */
const drawings: Record<DemoProduct["art"], string> = {
  membership: `<rect x="190" y="200" width="420" height="260" rx="28" fill="#fff" opacity=".92"/>
    <circle cx="300" cy="330" r="62" fill="currentColor"/><rect x="390" y="290" width="170" height="22" rx="11" fill="currentColor" opacity=".6"/>
    <rect x="390" y="340" width="120" height="22" rx="11" fill="currentColor" opacity=".4"/>`,
  turns: `<g fill="#fff" opacity=".92"><circle cx="300" cy="330" r="90"/><circle cx="400" cy="300" r="90" opacity=".8"/><circle cx="500" cy="330" r="90" opacity=".65"/></g>
    <text x="400" y="350" font-size="72" text-anchor="middle" fill="currentColor" font-weight="700">+T</text>`,
  print: `<rect x="230" y="150" width="340" height="380" fill="#fff" opacity=".95"/><rect x="260" y="180" width="280" height="260" fill="currentColor" opacity=".35"/>
    <path d="M400 240 l30 170 h-60z" fill="#fff"/><circle cx="400" cy="235" r="18" fill="#ffd166"/><path d="M400 235 L560 200 L560 270z" fill="#ffd166" opacity=".5"/>`,
  tee: `<path d="M300 180 l-110 60 40 80 50-25 v225 h240 v-225 l50 25 40-80 -110-60 q-50 40 -100 0z" fill="#fff" opacity=".92"/>
    <circle cx="400" cy="330" r="40" fill="currentColor"/>`,
  cap: `<path d="M240 380 q0-170 160-170 q160 0 160 170z" fill="#fff" opacity=".92"/><path d="M240 380 h360 q-40 50 -140 40 z" fill="#fff" opacity=".75"/>
    <circle cx="400" cy="300" r="26" fill="currentColor"/>`,
  hoodie: `<path d="M320 170 q80 -40 160 0 l120 80 -40 90 -40-20 v200 h-240 v-200 l-40 20 -40-90z" fill="#fff" opacity=".92"/>
    <path d="M350 180 q50 80 100 0" stroke="currentColor" stroke-width="10" fill="none"/><rect x="340" y="420" width="120" height="60" rx="12" fill="currentColor" opacity=".4"/>`,
  book: `<rect x="260" y="160" width="280" height="360" rx="10" fill="#fff" opacity=".95"/><rect x="260" y="160" width="36" height="360" fill="currentColor" opacity=".6"/>
    <path d="M330 420 q40-60 80 0 t80 0" stroke="currentColor" stroke-width="10" fill="none"/>`,
  calendar: `<rect x="230" y="170" width="340" height="330" rx="16" fill="#fff" opacity=".95"/><rect x="230" y="170" width="340" height="70" rx="16" fill="currentColor"/>
    <g fill="currentColor" opacity=".45">${Array.from({ length: 12 }, (_, i) => `<rect x="${262 + (i % 4) * 72}" y="${270 + Math.floor(i / 4) * 70}" width="52" height="46" rx="6"/>`).join("")}</g>`,
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c)

export function productArt(product: DemoProduct, accent: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800" color="${accent}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${accent}"/><stop offset="1" stop-color="#1d2430"/></linearGradient></defs>
  <rect width="800" height="800" fill="url(#bg)"/>
  ${drawings[product.art]}
  <text x="400" y="650" font-family="Georgia, serif" font-size="44" fill="#fff" text-anchor="middle">${escape(product.title)}</text>
  <text x="400" y="705" font-family="Helvetica, Arial, sans-serif" font-size="26" fill="#fff" opacity=".8" text-anchor="middle">${escape(product.subtitle)}</text>
</svg>`
}
