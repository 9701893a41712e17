/**
 * Delimiter detection among ',', '\t', ';' and '，' by consistency of field counts over the first lines.
 * Kept instead of Papa's own guessing, which takes an unpadded tab export whose amounts carry thousands commas
 * for a comma file (the failing case is a test in tests/unit/import/csv.test.ts).
 */
import Papa from 'papaparse'

export type Delimiter = ',' | '\t' | ';' | '，'

const DELIMITERS: readonly Delimiter[] = [',', '\t', ';', '，']

const SAMPLE_LINES = 40

function sampleOf(text: string): string {
  let end = 0
  for (let i = 0; i < SAMPLE_LINES * 4 && end >= 0; i++) {
    end = text.indexOf('\n', end + 1)
  }
  return end < 0 ? text : text.slice(0, end)
}

/**
 * Score = how many of the first non-blank records have the most common field count (≥ 2 fields).
 * Exports pad every row to the same width, so the real delimiter gives one dominant count;
 * a comma inside "1,489.93" or a full-width comma inside a note gives scattered counts.
 * Ties go to the earlier delimiter in DELIMITERS; with no multi-field record at all, ','.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = sampleOf(text)
  let best: Delimiter = ','
  let bestScore = 0
  let bestWidth = 0
  for (const d of DELIMITERS) {
    if (!sample.includes(d)) continue
    const parsed = Papa.parse<string[]>(sample, { delimiter: d, preview: SAMPLE_LINES, skipEmptyLines: 'greedy' })
    const freq = new Map<number, number>()
    for (const row of parsed.data) {
      if (row.length < 2) continue
      freq.set(row.length, (freq.get(row.length) ?? 0) + 1)
    }
    let score = 0
    let width = 0
    for (const [n, f] of freq) {
      if (f > score || (f === score && n > width)) {
        score = f
        width = n
      }
    }
    if (score > bestScore || (score === bestScore && score > 0 && width > bestWidth)) {
      best = d
      bestScore = score
      bestWidth = width
    }
  }
  return best
}

/** How the delimiter is named in reports. */
export function delimiterName(d: string): string {
  return d === '\t' ? 'tab' : d
}
