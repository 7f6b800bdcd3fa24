/** 754_000 ms → "12:34". */
export const formatCountdown = (ms: number): string => {
  const seconds = Math.ceil(ms / 1_000)
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`
}
