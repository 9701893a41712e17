/**
 * Problems of one bulk file. Every bad row is counted; the first MAX_DETAILED of each kind are listed
 * one by one and the rest summed up in one problem per kind, so a million bad rows cannot fill memory.
 */
import type { ImportProblem } from '../../model/types'
import { fileName, problem } from '../problems'
import { text } from '../../i18n/text'

const MAX_DETAILED = 500

export class ProblemLog {
  readonly problems: ImportProblem[] = []
  private readonly perCode = new Map<string, { listed: number; more: number; first: ImportProblem }>()

  constructor(private readonly file: string) {}

  add(p: ImportProblem): void {
    const entry = this.perCode.get(p.code)
    if (!entry) {
      this.perCode.set(p.code, { listed: 1, more: 0, first: p })
      this.problems.push(p)
    } else if (entry.listed < MAX_DETAILED) {
      entry.listed++
      this.problems.push(p)
    } else entry.more++
  }

  /** Add one summary problem per kind that had more than MAX_DETAILED rows. */
  close(): void {
    for (const [code, e] of this.perCode) {
      if (e.more === 0) continue
      this.problems.push(problem(e.first.severity, {
        code, file: this.file, line: 0, expected: e.first.expectedText,
        text: text('problem.bulk.more', { file: fileName(this.file), n: e.more, code, line: e.first.line }),
      }))
    }
  }
}
