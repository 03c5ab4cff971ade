// What a Chromium trace says about the page's long tasks: for each task on the renderer's main
// thread longer than a threshold, where its time went (self time by trace event, with the
// event's detail: the DOM event's type, the script's function and file), and the processor
// time the thread had in it: a task far longer than its CPU time waited for a processor the
// machine gave to something else. `BENCH_TRACE=file` makes the book bench record such a trace
// while it imports and reads, and print this.

/** Trace events that run a task on a thread's loop: the top of each task's tree. */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])
/** How many of a task's heaviest parts are listed. */
const PARTS_SHOWN = 8

/** An event's name with what tells two of its kind apart. */
function label(event) {
  const data = event.args?.data ?? {}
  if (event.name === 'EventDispatch') return `EventDispatch ${data.type}`
  if (event.name === 'FunctionCall' || event.name === 'EvaluateScript') {
    const file = String(data.url ?? '')
      .split('/')
      .at(-1)
    return `${event.name} ${data.functionName || '(anonymous)'} ${file}`
  }
  if (event.name === 'TimerFire' || event.name === 'FireAnimationFrame') return event.name
  return event.name
}

/** The renderer's main thread: the thread named CrRendererMain with the most events. */
function mainThread(events) {
  const named = events.filter(
    (event) =>
      event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  )
  const counts = new Map()
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return named
    .map((event) => `${event.pid}:${event.tid}`)
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0]
}

/**
 * The long tasks of the trace's main thread, each with its start (ms, the trace's clock), its
 * duration, its CPU time and its parts (self time in ms by label, heaviest first).
 */
export function longTaskParts(trace, thresholdMs = 50) {
  const events = trace.traceEvents ?? trace
  const thread = mainThread(events)
  const complete = events
    .filter((event) => event.ph === 'X' && `${event.pid}:${event.tid}` === thread)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  const tasks = []
  let task
  const stack = []
  const close = (until) => {
    while (stack.length && stack[stack.length - 1].end <= until) stack.pop()
  }
  for (const event of complete) {
    const end = event.ts + (event.dur ?? 0)
    if (task && event.ts >= task.end) task = undefined
    if (!task) {
      stack.length = 0
      if (TASK_EVENTS.has(event.name) && event.dur / 1000 >= thresholdMs) {
        task = {
          start: event.ts / 1000,
          duration: event.dur / 1000,
          cpu: (event.tdur ?? event.dur) / 1000,
          end,
          self: new Map(),
        }
        tasks.push(task)
        stack.push({ label: 'task itself', end })
        task.self.set('task itself', event.dur)
      }
      continue
    }
    close(event.ts)
    const parent = stack[stack.length - 1]
    const own = label(event)
    // The child's time is its own, not its parent's.
    task.self.set(parent.label, (task.self.get(parent.label) ?? 0) - event.dur)
    task.self.set(own, (task.self.get(own) ?? 0) + event.dur)
    stack.push({ label: own, end })
  }
  return tasks.map(({ start, duration, cpu, self }) => ({
    start,
    duration,
    cpu,
    parts: [...self]
      .map(([name, us]) => [name, us / 1000])
      .filter(([, ms]) => ms >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .slice(0, PARTS_SHOWN),
  }))
}

/** The long tasks' parts as lines to print. */
export const describeLongTasks = (tasks) =>
  tasks
    .map(
      (task) =>
        `${Math.round(task.start)} +${Math.round(task.duration)} ms (CPU ${Math.round(task.cpu)} ms): ` +
        task.parts.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(' · '),
    )
    .join('\n')
