/** 政府采购: amounts by type, SME and small-micro awards; shares computed from the amounts beside the stated ones. */
import { topicIndex, num, printed, sections, figuresOf, type TopicIndex } from '@/model/stated'
import { pct, ratio, diff } from '@/model/format'
import type { Dataset, StatedFigure } from '@/model/types'
import type { TableSpec } from '@/model/tableSpec'

export interface ShareRow {
  id: string
  part: number | null
  whole: number | null
  stated: number | null
  statedText: string | null
  computed: number | null
  /** the part is not printed; derived from other amounts (e.g. services SME = SME − goods − works when those are 100%) */
  derived: boolean
  /** stated and computed differ by more than the printed precision explains (0.01 pp plus rounding of the amounts) */
  mismatch: boolean
}

export interface ProcurementView {
  total: number | null
  parts: { id: 'goods' | 'works' | 'services'; value: number | null }[]
  sme: number | null
  smallMicro: number | null
  shares: ShareRow[]
  figures: StatedFigure[]
}

/** Largest |share − stated| that rounding of the printed amounts (±0.005) and percent (±0.005 pp) can explain. */
function shareTolerancePp(part: number, whole: number): number {
  const hi = (part + 0.005) / (whole - 0.005)
  const lo = (part - 0.005) / (whole + 0.005)
  return Math.max(hi - part / whole, part / whole - lo) * 100 + 0.005
}

function shareRow(id: string, part: number | null, whole: number | null, stated: number | null, statedText: string | null, derived = false): ShareRow {
  const computed = pct(ratio(part, whole))
  const r = part !== null && whole !== null && whole !== 0 ? (part / whole) * 100 : null
  const mismatch = r !== null && stated !== null && part !== null && whole !== null && Math.abs(r - stated) > shareTolerancePp(part, whole)
  return { id, part, whole, stated, statedText, computed, derived, mismatch }
}

export function procurementView(ds: Dataset): ProcurementView {
  const idx: TopicIndex = topicIndex(ds.stated, 'procurement')
  const total = num(idx, 'total', 'amount')
  const goods = num(idx, 'goods', 'amount')
  const works = num(idx, 'works', 'amount')
  const services = num(idx, 'services', 'amount')
  const sme = num(idx, 'sme', 'amount')
  const smallMicro = num(idx, 'smallMicro', 'amount')
  const goodsShare = num(idx, 'goodsSme', 'share')
  const worksShare = num(idx, 'worksSme', 'share')
  // Services' SME amount is not printed; when goods and works are stated as 100% SME it follows from the totals.
  const servicesSme = goodsShare === 100 && worksShare === 100 ? diff(diff(sme, goods), works) : null
  return {
    total,
    parts: [
      { id: 'goods', value: goods },
      { id: 'works', value: works },
      { id: 'services', value: services },
    ],
    sme,
    smallMicro,
    shares: [
      shareRow('sme', sme, total, num(idx, 'sme', 'share'), printed(idx, 'sme', 'share')),
      shareRow('smallMicro', smallMicro, sme, num(idx, 'smallMicro', 'share'), printed(idx, 'smallMicro', 'share')),
      shareRow('goodsSme', null, goods, goodsShare, printed(idx, 'goodsSme', 'share')),
      shareRow('worksSme', null, works, worksShare, printed(idx, 'worksSme', 'share')),
      shareRow('servicesSme', servicesSme, services, num(idx, 'servicesSme', 'share'), printed(idx, 'servicesSme', 'share'), true),
    ],
    figures: figuresOf(idx),
  }
}

export interface ShareLabels {
  item: string
  part: string
  whole: string
  stated: string
  computed: string
  check: string
  names: Record<string, string>
  mismatch: string
  derived: string
}

export function sharesSpec(v: ProcurementView, l: ShareLabels): TableSpec {
  return {
    columns: [
      { key: 'name', label: l.item, kind: 'text' },
      { key: 'part', label: l.part, kind: 'amount' },
      { key: 'whole', label: l.whole, kind: 'amount' },
      { key: 'stated', label: l.stated, kind: 'statedPercent' },
      { key: 'computed', label: l.computed, kind: 'percent' },
      { key: 'check', label: l.check, kind: 'text' },
    ],
    // `flag` marks rows to highlight (a real mismatch); `check` explains, including merely derived rows
    rows: v.shares.map((s) => ({
      name: l.names[s.id] ?? s.id, part: s.part, whole: s.whole, stated: s.statedText ?? s.stated, computed: s.computed,
      check: [s.mismatch ? l.mismatch : '', s.derived ? l.derived : ''].filter(Boolean).join('；'),
      flag: s.mismatch ? 'mismatch' : '',
      target: s.id,
    })),
  }
}

export const procurementSources = (v: ProcurementView) => sections(v.figures)
