/**
 * Which loaded department-years belong to one department. Pure.
 *
 * Two datasets are the same department when their names are equal after normalisation (full-width forms to
 * half-width, every kind of space removed), or when the user linked them in the import preview (`meta.sameAs`,
 * for a department that was renamed or merged). Links chain: A ← B ← C are one department. A merge (two
 * departments of one year linked to the department that absorbed them) gives two datasets in that year; their
 * figures are summed wherever the department's year is needed.
 */
import type { Dataset } from './types'

/** NFKC (full-width letters, digits, brackets and the ideographic space become half-width), then no spaces. */
export function normaliseDepartment(name: string): string {
  return name.normalize('NFKC').replace(/(?:\s|\u200b|\u200c|\u200d|\ufeff)+/g, '')
}

/**
 * A function giving each dataset's department key: the same key for every dataset of one department
 * (union of the normalised names joined by `sameAs` links over `all`).
 */
export function departmentKeyer(all: readonly Dataset[]): (ds: Dataset) => string {
  const parent = new Map<string, string>()
  const find = (k: string): string => {
    let r = k
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!
    // path compression
    let c = k
    while (c !== r) {
      const next = parent.get(c)!
      parent.set(c, r)
      c = next
    }
    return r
  }
  const union = (a: string, b: string) => {
    const ra = find(a)
    const rb = find(b)
    if (ra === rb) return
    // the smaller key is the root, so the key does not depend on the order datasets were loaded in
    if (ra < rb) parent.set(rb, ra)
    else parent.set(ra, rb)
  }
  for (const ds of all) {
    const own = normaliseDepartment(ds.meta.department)
    if (!parent.has(own)) parent.set(own, own)
    const other = ds.meta.sameAs ? normaliseDepartment(ds.meta.sameAs) : ''
    if (other) {
      if (!parent.has(other)) parent.set(other, other)
      union(own, other)
    }
  }
  return (ds) => {
    const own = normaliseDepartment(ds.meta.department)
    const key = parent.has(own) ? find(own) : own
    const other = ds.meta.sameAs ? normaliseDepartment(ds.meta.sameAs) : ''
    // a dataset outside `all` still follows its own link
    return other && !parent.has(own) && parent.has(other) ? find(other) : key
  }
}

/** Same department (by name or a user's link), given every loaded dataset. */
export function sameDepartment(a: Dataset, b: Dataset, all: readonly Dataset[]): boolean {
  const key = departmentKeyer([...all, a, b])
  return key(a) === key(b)
}

/** Every dataset of `ds`'s department among `all` (`ds` included), by year, then in the order given. */
export function departmentDatasets(ds: Dataset, all: readonly Dataset[]): Dataset[] {
  const list = all.some((d) => d.meta.id === ds.meta.id) ? all : [...all, ds]
  const key = departmentKeyer(list)
  const own = key(ds)
  return list
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => key(d) === own)
    .sort((a, b) => a.d.meta.year - b.d.meta.year || a.i - b.i)
    .map(({ d }) => d)
}
