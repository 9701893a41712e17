/**
 * Messages are written as plain strings with {name} placeholders and turned into vue-i18n message
 * functions here, so the app ships vue-i18n's runtime-only build (no message compiler in the first
 * paint) and needs no eval — the strict CSP holds.
 */
type Ctx = { named: (key: string) => unknown }
export type MessageFn = (ctx: Ctx) => string
export type Compiled<T> = { [K in keyof T]: T[K] extends string ? MessageFn : Compiled<T[K]> }

/**
 * The message is split on its first use, not when the catalogue is set up: the Chinese catalogue is compiled while
 * the app starts, on the main thread of a phone, and a screen uses a small part of it.
 */
function compileString(source: string): MessageFn {
  if (!source.includes('{')) return () => source
  let parts: string[] | undefined
  return ({ named }) => {
    parts ??= source.split(/\{(\w+)\}/)
    return parts.map((p, i) => (i % 2 ? String(named(p) ?? '') : p)).join('')
  }
}

export function compileMessages<T extends object>(messages: T): Compiled<T> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(messages)) out[k] = typeof v === 'string' ? compileString(v) : compileMessages(v as object)
  return out as Compiled<T>
}
