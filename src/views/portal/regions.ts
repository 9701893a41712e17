/**
 * The whole-city screen works one region at a time: departments are summed and ranked only against departments
 * of the same region (a Shanghai district bureau is never ranked against a Hunan city bureau). Pure.
 *
 * Groups: one per region named in the datasets' meta (manifest `region`); datasets without a region (browser
 * imports) form one group of their own. Bulk columns (which carry no region) are one group, first, joined by the
 * nine-table datasets without a region and by any dataset of a department the bulk holds: a department-year in both
 * is counted once, with the nine-table import's figures (model/dataset-facts.ts mergeBulk).
 */
import { datasetsToFacts, mergeBulk } from '@/model/dataset-facts'
import { departmentKeyer } from '@/model/department'
import { indexFacts, type FactColumns, type FactStore } from '@/model/facts'
import type { Dataset } from '@/model/types'

/** group key of the bulk columns */
export const BULK_GROUP = '*bulk'
/** group key of datasets that name no region */
export const NO_REGION = '*none'

export interface RegionGroup {
  key: string
  /** the region as named in the data; null for bulk columns and datasets without a region */
  region: string | null
  bulk: boolean
  /** department-years in the group */
  datasetCount: number
  store: FactStore
}

function regionKey(ds: Dataset): string {
  return ds.meta.region?.trim() || NO_REGION
}

/**
 * Groups by region, the largest (most department-years) first; equal sizes in the order the regions first
 * appear; the group without a region last.
 */
export function regionGroups(datasets: readonly Dataset[], bulk: FactColumns | null): RegionGroup[] {
  if (bulk) {
    const stubs = bulk.departments.map((department): Dataset => ({ meta: { id: '', department, year: 0, origin: 'imported' }, tables: {}, stated: [], files: [] }))
    const key = departmentKeyer([...datasets, ...stubs])
    const inBulk = new Set(stubs.map(key))
    const joins = (ds: Dataset) => regionKey(ds) === NO_REGION || inBulk.has(key(ds))
    const store = indexFacts(mergeBulk(bulk, datasets.filter(joins)).columns).store
    const group: RegionGroup = { key: BULK_GROUP, region: null, bulk: true, datasetCount: store.index.datasetCount, store }
    return [group, ...byRegionGroups(datasets.filter((ds) => !joins(ds)))]
  }
  return byRegionGroups(datasets)
}

function byRegionGroups(datasets: readonly Dataset[]): RegionGroup[] {
  const byRegion = new Map<string, Dataset[]>()
  for (const ds of datasets) {
    const key = regionKey(ds)
    const list = byRegion.get(key)
    if (list) list.push(ds)
    else byRegion.set(key, [ds])
  }
  const order = [...byRegion.keys()]
  return [...byRegion.entries()]
    .map(([key, list]) => ({
      key, region: key === NO_REGION ? null : key, bulk: false, datasetCount: list.length,
      store: indexFacts(datasetsToFacts(list)).store,
    }))
    .sort((a, b) =>
      Number(a.key === NO_REGION) - Number(b.key === NO_REGION) || b.datasetCount - a.datasetCount || order.indexOf(a.key) - order.indexOf(b.key))
}

/** The group named in the URL, else the first (largest) one; null without data. */
export function pickGroup(groups: readonly RegionGroup[], key: string | undefined): RegionGroup | null {
  return groups.find((g) => g.key === key) ?? groups[0] ?? null
}

/** Departments of a group with figures in `year` (a department-year is one dataset). */
export function departmentsInYear(store: FactStore, year: number): string[] {
  const list = store.index.byYear.get(year)
  if (!list) return []
  const names = store.columns.departments
  return [...new Set(Array.from(list, (d) => names[store.index.datasetDept[d]!]!))]
}

/**
 * What the ranking panel shows for a group and year: a ranking when the region holds two or more departments
 * that year; for one department, that department (the screen says so and invites an import instead of drawing
 * a one-bar ranking); nothing without data.
 */
export type RankingState = { kind: 'ranking' } | { kind: 'single'; department: string } | { kind: 'none' }

export function rankingState(store: FactStore, year: number): RankingState {
  const departments = departmentsInYear(store, year)
  if (departments.length >= 2) return { kind: 'ranking' }
  return departments.length === 1 ? { kind: 'single', department: departments[0]! } : { kind: 'none' }
}
