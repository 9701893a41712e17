/**
 * One bulk file: bytes → encoding (decodeHead: the first lines by the tables' own rules: BOM, binary, empty, UTF-8 or GB18030)
 * → header → byte scanner → FactBuilder. Cells are decoded one distinct value at a time (strict UTF-8
 * unless the file has a BOM or is GB18030), so the file never becomes one big string: faster, less memory,
 * no limit from the engine's longest string. Should a byte past the first lines not be UTF-8, the file is
 * read again as GB18030 — what decodeBytes would have chosen for the whole file.
 */
import type { FactBuilder } from '../../model/facts'
import type { FileReport, ImportProblem } from '../../model/types'
import { bomLength, decodeHead, lostBytesWarning, textDecoder, type Encoding } from '../decode'
import { error, fileName } from '../problems'
import { printed, text } from '../../i18n/text'
import { CellDecoder, NotUtf8 } from './cell-decoder'
import { findHeader } from './header'
import { RowReader } from './row'
import { scanBytes } from './scan'

export interface BulkFileResult {
  report: FileReport
  problems: ImportProblem[]
}

export interface ParseOptions {
  /** bytes of this file read so far */
  onProgress?: (bytesDone: number) => void
  progressRows?: number
}

const PROBE_BYTES = 1 << 16

export function parseBulkBytes(bytes: Uint8Array, file: string, builder: FactBuilder,
  options: ParseOptions = {}): BulkFileResult {
  const base: FileReport = {
    file, encoding: 'utf-8', delimiter: ',', recognisedAs: 'bulk',
    linesRead: 0, rowsKept: 0, rowsReported: 0, rowsStructural: 0, fatal: false,
  }
  const probe = decodeHead(bytes, file, PROBE_BYTES)
  if (!probe.ok) return { report: { ...base, recognisedAs: null, fatal: true }, problems: [probe.problem] }
  const probeEnd = probe.end
  const mark = builder.mark()
  try {
    return parseAs(bytes, probeEnd, file, builder, probe.encoding, base, options)
  } catch (e) {
    if (!(e instanceof NotUtf8)) throw e
    builder.rollback(mark)
    return parseAs(bytes, probeEnd, file, builder, 'gb18030', base, options)
  }
}

function parseAs(bytes: Uint8Array, probeEnd: number, file: string, builder: FactBuilder, encoding: Encoding,
  base: FileReport, options: ParseOptions): BulkFileResult {
  const bom = bomLength(encoding)
  const head = textDecoder(encoding).decode(bytes.subarray(bom, probeEnd))
  const fatal = (p: ImportProblem) => ({ report: { ...base, encoding, recognisedAs: null, fatal: true }, problems: [p] })
  const header = findHeader(head, file)
  if ('problem' in header) return fatal(header.problem)
  if (header.delimiter.charCodeAt(0) > 127) {
    return fatal(error({
      code: 'bulk.delimiter', file, line: header.line, value: header.delimiter, expected: text('problem.bulk.delimiter.expected'),
      text: text('problem.bulk.delimiter', { file: fileName(file), delimiter: printed(header.delimiter) }),
    }))
  }
  const eol = head.includes('\n') || !head.includes('\r') ? 10 : 13
  let start = bom
  for (let k = 0; k < header.line && start < bytes.length; k++) {
    const at = bytes.indexOf(eol, start)
    start = at < 0 ? bytes.length : at + 1
  }
  const decode = new CellDecoder(encoding)
  const reader = new RowReader(builder, file, builder.fileId(file), header.roles, decode)
  const linesRead = scanBytes(bytes, start, reader, {
    delimiter: header.delimiter.charCodeAt(0), eol, firstLine: header.line + 1,
    onProgress: options.onProgress, progressRows: options.progressRows,
  })
  options.onProgress?.(bytes.length)
  reader.finish(Math.max(linesRead, header.line))
  const problems = [...header.problems, ...reader.problems]
  const lostAt = decode.lostAt
  if (lostAt > 0) problems.unshift(lostBytesWarning(file, lostAt))
  const { stats } = reader
  return {
    report: {
      ...base, encoding, delimiter: header.delimiter, linesRead: stats.linesRead, rowsKept: stats.rowsKept,
      rowsReported: stats.rowsReported, rowsStructural: stats.rowsStructural + header.line,
    },
    problems,
  }
}
