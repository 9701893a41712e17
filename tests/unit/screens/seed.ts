/** The bundled seed dataset, loaded exactly as the CLI loads it (data/ + manifest). */
import { loadInputs } from '@/cli/load-node'
import type { Dataset } from '@/model/types'

let cached: Dataset | null = null
export function seed(): Dataset {
  cached ??= loadInputs(['data'])[0]!.dataset
  return cached
}
