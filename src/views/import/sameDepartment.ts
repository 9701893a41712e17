/**
 * The import preview's "same department" choice: which loaded (or bundled) department-years the new import
 * matches by name, and which other departments it can be linked to when it was renamed or merged. Pure.
 */
import { normaliseDepartment } from '@/model/department'

export interface KnownYear {
  department: string
  year: number
}

export interface SameDepartmentChoice {
  /** department-years that match the typed name by themselves ('株洲市行政审批服务局 2024') */
  matches: KnownYear[]
  /** other departments' names, for a link (sorted, each once) */
  others: string[]
}

export function sameDepartmentChoice(department: string, known: readonly KnownYear[]): SameDepartmentChoice {
  const own = normaliseDepartment(department)
  const matches = known.filter((k) => own !== '' && normaliseDepartment(k.department) === own).sort((a, b) => a.year - b.year)
  const seen = new Set<string>()
  const others: string[] = []
  for (const k of known) {
    const key = normaliseDepartment(k.department)
    if (key === own || seen.has(key)) continue
    seen.add(key)
    others.push(k.department)
  }
  return { matches, others: others.sort((a, b) => a.localeCompare(b, 'zh')) }
}
