/** View model of the overview screen: pure functions from the domain Overview to panel specs. */
import type { Overview, Figure } from '@/model/overview'
import { pct, ratio } from '@/model/format'
import type { TableSpec } from '@/model/tableSpec'
import type { SourceRef } from '@/model/types'
import type { DeptSeries } from '@/model/deptSeries'
import type { YearKey } from '@/model/yearFigures'

export interface Labels {
  /** display name of a figure key (translated) */
  figure?: (key: string) => string
  item: string
  code: string
  amount: string
  share: string
  statedShare: string
}

export function sourceText(refs: (SourceRef | null | undefined)[]): string {
  const seen = new Set<string>()
  for (const r of refs) {
    if (!r) continue
    seen.add(r.section ? `${r.section}（${r.file}）` : r.file)
  }
  return [...seen].join('；')
}

export function incomeSpec(o: Overview, l: Labels): TableSpec {
  const total = o.totalIncome.value
  return {
    columns: [
      { key: 'name', label: l.item, kind: 'text' },
      { key: 'amount', label: l.amount, kind: 'amount' },
      { key: 'share', label: l.share, kind: 'percent' },
    ],
    rows: o.incomeBySource.map((f) => ({ name: l.figure?.(f.key) ?? f.label, amount: f.value, share: pct(ratio(f.value, total)) })),
  }
}

export function classSpec(o: Overview, l: Labels): TableSpec {
  return {
    columns: [
      { key: 'code', label: l.code, kind: 'text' },
      { key: 'name', label: l.item, kind: 'text', printed: true },
      { key: 'amount', label: l.amount, kind: 'amount' },
      { key: 'share', label: l.share, kind: 'percent' },
      { key: 'stated', label: l.statedShare, kind: 'statedPercent' },
    ],
    rows: o.classes.map((c) => ({ code: c.code, name: c.label, amount: c.value, share: pct(c.share), stated: c.statedShareText ?? c.statedShare, target: c.code, item: c.code })),
  }
}

export function basicProjectSpec(o: Overview, l: Labels, stated: { basic: string | null; project: string | null }): TableSpec {
  const total = o.totalExpenditure.value
  const row = (f: Figure, s: string | null) => ({ name: l.figure?.(f.key) ?? f.label, amount: f.value, share: pct(ratio(f.value, total)), stated: s })
  return {
    columns: [
      { key: 'name', label: l.item, kind: 'text' },
      { key: 'amount', label: l.amount, kind: 'amount' },
      { key: 'share', label: l.share, kind: 'percent' },
      { key: 'stated', label: l.statedShare, kind: 'statedPercent' },
    ],
    rows: [row(o.basic, stated.basic), row(o.project, stated.project)],
  }
}

/** 基本支出 split into 人员经费 / 公用经费 as the narrative states it (public 06 table may print no body). */
export function basicSplitSpec(
  split: { personnel: number | null; public: number | null; basic: number | null; personnelShare: string | null; publicShare: string | null },
  l: Labels & { personnel: string; public: string },
): TableSpec {
  return {
    columns: [
      { key: 'name', label: l.item, kind: 'text' },
      { key: 'amount', label: l.amount, kind: 'amount' },
      { key: 'share', label: l.share, kind: 'percent' },
      { key: 'stated', label: l.statedShare, kind: 'statedPercent' },
    ],
    rows: [
      { name: l.personnel, amount: split.personnel, share: pct(ratio(split.personnel, split.basic)), stated: split.personnelShare },
      { name: l.public, amount: split.public, share: pct(ratio(split.public, split.basic)), stated: split.publicShare },
    ],
  }
}

/** A department's loaded years as a table: one row per measure, one column per year (model/deptSeries.ts). */
export function deptSeriesSpec(s: DeptSeries, keys: readonly YearKey[], l: { item: string; name: (key: YearKey) => string }): TableSpec {
  return {
    columns: [{ key: 'name', label: l.item, kind: 'text' }, ...s.years.map((y) => ({ key: String(y.year), label: String(y.year), kind: 'amount' as const }))],
    rows: keys.map((k) => Object.fromEntries([['name', l.name(k)], ...s.years.map((y) => [String(y.year), y.values[k] ?? null])])),
  }
}
