/**
 * An operand of a statement rule: a stated figure, or a table figure as fallback when the statement does
 * not print the base it refers to. Resolved to the first source available.
 */
import type { Dataset } from '../model/types'
import type { StatedKey } from '../model/vocabulary'
import { text, type Text } from '../i18n/text'
import { firstTableFig, type TableFigure } from './locate'
import type { Fig } from './numeric'
import { sFig } from './stated'

export type Source = StatedKey | TableFigure

export function resolve(ds: Dataset, sources: readonly Source[]): Fig | null {
  for (const s of sources) {
    const f = typeof s === 'string' ? firstTableFig(ds, [s]) : sFig(ds, s[0], s[1], s[2])
    if (f) return f
  }
  return null
}

/** "118.97"-style value with its label, for expected-side wording. */
export const named = (f: Fig): Text => text('label.named', { label: f.short ?? f.label, value: f.value.toFixed(f.precision) })
