/**
 * A hybrid logical clock: wall time in milliseconds, a counter for events within the same
 * millisecond or behind a faster clock, and the device that made it. As a fixed-width string
 * it sorts by plain comparison, so every device orders the same stamps the same way.
 */
export interface Clock {
  wall: number
  counter: number
}

const WALL_DIGITS = 13
const COUNTER_DIGITS = 6
/** A clock further ahead of ours than this is a broken clock, not a real one: kept to it. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000

export function formatStamp(clock: Clock, device: string): string {
  return `${String(clock.wall).padStart(WALL_DIGITS, '0')}-${String(clock.counter).padStart(COUNTER_DIGITS, '0')}-${device}`
}

export function parseStamp(stamp: string): Clock {
  const [wall = '0', counter = '0'] = stamp.split('-', 2)
  return { wall: Number(wall), counter: Number(counter) }
}

/** The wall time a stamp was made at. */
export function stampTime(stamp: string): number {
  return parseStamp(stamp).wall
}

/** The clock for a local event. */
export function tick(clock: Clock, now: number): Clock {
  if (now > clock.wall) return { wall: now, counter: 0 }
  return { wall: clock.wall, counter: clock.counter + 1 }
}

/** The clock after seeing a remote stamp: later than both it and everything seen before. */
export function receive(clock: Clock, remote: Clock, now: number): Clock {
  const seen = remote.wall > now + MAX_DRIFT_MS ? { wall: now, counter: 0 } : remote
  const wall = Math.max(clock.wall, seen.wall, now)
  if (wall === clock.wall && wall === seen.wall) {
    return { wall, counter: Math.max(clock.counter, seen.counter) + 1 }
  }
  if (wall === clock.wall) return { wall, counter: clock.counter + 1 }
  if (wall === seen.wall) return { wall, counter: seen.counter + 1 }
  return { wall, counter: 0 }
}
