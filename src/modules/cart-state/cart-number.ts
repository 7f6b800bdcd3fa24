import { randomInt } from "node:crypto"

/**
 * Cart numbers and local days. A cart number is for people: the merchant's local time of
 * the cart's creation *with its UTC offset*, and a random suffix
 * (`20261101-013456-0500-7KQ2`). The offset keeps the repeated hour at the end of
 * daylight saving time apart (01:30 -0400, then 01:30 -0500); order and daily totals
 * use the instant itself, never the number.
 */

// No 0/O, 1/I/L: a number is read aloud and typed back.
const SUFFIX_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
const SUFFIX_LENGTH = 4

export function randomSuffix(): string {
  // randomInt draws without modulo bias.
  return Array.from({ length: SUFFIX_LENGTH }, () => SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)]).join("")
}

/** Throws a RangeError for a name the platform's time zone data does not know. */
export function assertTimeZone(timeZone: string) {
  new Intl.DateTimeFormat("en-US", { timeZone })
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      timeZoneName: "longOffset",
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

export type LocalTime = {
  /** `YYYY-MM-DD` */
  day: string
  /** `HHMMSS` */
  time: string
  /** Minutes east of UTC (New York in winter: -300). */
  offsetMinutes: number
}

export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value])
  )
  // "GMT-05:00", or plain "GMT" at UTC itself.
  const offset = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(parts.timeZoneName ?? "")
  const offsetMinutes = offset?.[1] ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}${parts.minute}${parts.second}`,
    offsetMinutes,
  }
}

function formatOffset(offsetMinutes: number) {
  const sign = offsetMinutes < 0 ? "-" : "+"
  const minutes = Math.abs(offsetMinutes)
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, "0")}${String(minutes % 60).padStart(2, "0")}`
}

export function cartNumber(instant: Date, timeZone: string, suffix: string): string {
  const { day, time, offsetMinutes } = localTime(instant, timeZone)
  return `${day.replace(/-/g, "")}-${time}${formatOffset(offsetMinutes)}-${suffix}`
}

/** The day after `day` (`YYYY-MM-DD`), on the calendar. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/**
 * The instant a local day starts: its first moment on the wall clock (midnight, or the
 * first minute after a gap where midnight itself is skipped). Days are 23, 24 or 25
 * hours long; this is where they really begin.
 */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const midnightAsUtc = Date.parse(`${day}T00:00:00Z`)
  // Two passes settle the offset in force at local midnight.
  let guess = midnightAsUtc
  for (let pass = 0; pass < 2; pass++) {
    guess = midnightAsUtc - localTime(new Date(guess), timeZone).offsetMinutes * 60_000
  }
  // A gap at midnight: walk forward to the first instant whose local day is `day`.
  while (localTime(new Date(guess), timeZone).day < day) {
    guess += 60_000
  }
  // An overlap at midnight: the earlier of the two instants is where the day begins.
  while (localTime(new Date(guess - 60_000), timeZone).day === day) {
    guess -= 60_000
  }
  return new Date(guess)
}

export type LocalDay = { day: string; starts_at: Date; ends_at: Date; hours: number }

/** The local days from `from` to `to` inclusive, each with its real boundaries. */
export function localDays(from: string, to: string, timeZone: string): LocalDay[] {
  const days: LocalDay[] = []
  for (let day = from; day <= to; day = nextDay(day)) {
    const starts_at = startOfLocalDay(day, timeZone)
    const ends_at = startOfLocalDay(nextDay(day), timeZone)
    days.push({ day, starts_at, ends_at, hours: (ends_at.getTime() - starts_at.getTime()) / 3_600_000 })
  }
  return days
}
