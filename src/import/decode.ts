/**
 * The one encoding detector of the importer: bytes → text. BOM → UTF-8 without BOM; else strict UTF-8; else
 * GB18030 (a superset of GBK/GB2312). Binary files (xlsx/zip, xls/OLE2, anything with NUL bytes) and empty files
 * are rejected with a clear message. Table files are decoded whole (`decodeBytes`); bulk files and the bulk sniff
 * decide on their first lines (`decodeHead`) and decode cells with `textDecoder`.
 */
import type { FileReport, ImportProblem } from '../model/types'
import { text, type Text } from '../i18n/text'
import { error, fileName, warning } from './problems'

export type Encoding = FileReport['encoding']

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; problem: ImportProblem }

const SAVE_AS_CSV = text('problem.expected.csv')

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b)
}

function reject(file: string, code: string, variant: string, params: Record<string, Text | number> = {}): DecodeResult {
  return { ok: false, problem: error({ code, file, line: 0, expected: SAVE_AS_CSV, text: text(`problem.${code}.${variant}`, { file: fileName(file), ...params }) }) }
}

/** What kind of binary the bytes are, or null when they look like text. */
function binaryKind(bytes: Uint8Array): Text | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return text('problem.file.binary.xlsx')
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return text('problem.file.binary.xls')
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return text('problem.file.binary.pdf')
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return text('problem.file.binary.utf16')
  const limit = Math.min(bytes.length, 65536)
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return text('problem.file.binary.nul', { byte: i + 1 })
  return null
}

/**
 * A decoder for the encoding. `strict`: a byte that is not UTF-8 throws (for 'utf-8' only; a BOM file is UTF-8
 * by its own word, and GB18030 shows undecodable bytes as U+FFFD).
 */
export function textDecoder(encoding: Encoding, strict = false): TextDecoder {
  return encoding === 'gb18030' ? new TextDecoder('gb18030') : new TextDecoder('utf-8', { fatal: strict && encoding === 'utf-8' })
}

/** Bytes the BOM takes at the start of a file of this encoding. */
export const bomLength = (encoding: Encoding) => (encoding === 'utf-8-bom' ? 3 : 0)

export function decodeBytes(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length === 0) return reject(file, 'file.empty', 'zeroBytes')
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = textDecoder('utf-8-bom').decode(bytes.subarray(3))
    if (text.trim() === '') return reject(file, 'file.empty', 'onlyBom')
    return { ok: true, text, encoding: 'utf-8-bom' }
  }
  const binary = binaryKind(bytes)
  if (binary) return reject(file, 'file.binary', 'notCsv', { why: binary })
  let result: DecodeResult
  try {
    result = { ok: true, text: textDecoder('utf-8', true).decode(bytes), encoding: 'utf-8' }
  } catch {
    result = { ok: true, text: textDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
  }
  if (result.ok && result.text.trim() === '') return reject(file, 'file.empty', 'blank')
  return result
}

/**
 * The first lines of a file, decoded by the same rules as the whole file: at most `maxBytes`, cut after the last
 * line break inside them (a line-break byte is never part of a UTF-8 or GBK character), so a character split by
 * the cut cannot pass for a GBK file (no line break in them: the whole file). `end` = bytes decoded; no BOM in the text.
 */
export function decodeHead(bytes: Uint8Array, file: string, maxBytes: number): DecodeResult & { end: number } {
  let end = bytes.length
  if (bytes.length > maxBytes) {
    const lf = bytes.subarray(0, maxBytes).lastIndexOf(10)
    if (lf > 0) end = lf + 1
  }
  return { ...decodeBytes(bytes.subarray(0, end), file), end }
}

/**
 * A warning when GB18030 decoding produced replacement characters (U+FFFD): the bytes were neither
 * valid UTF-8 nor valid GBK/GB18030, so some characters are lost. Names the first line affected.
 */
export function replacementWarning(text: string, file: string): ImportProblem | null {
  const at = text.indexOf('\uFFFD')
  if (at < 0) return null
  return lostBytesWarning(file, text.slice(0, at).split(/\r\n|\n|\r/).length)
}

/** The warning for bytes neither UTF-8 nor GBK/GB18030, from `line` on. */
export function lostBytesWarning(file: string, line: number): ImportProblem {
  return warning({
    code: 'encoding.replacement',
    file,
    line,
    expected: text('problem.encoding.replacement.expected'),
    text: text('problem.encoding.replacement', { file: fileName(file), line }),
  })
}
