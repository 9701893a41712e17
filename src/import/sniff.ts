/**
 * Which path a file takes: the tidy bulk layout (one row per department, year, table, code, measure) or a
 * disclosure table. Decided from the header text in the first few kilobytes, never from the file name.
 */
import { findHeader } from './bulk/header'

const HEAD_BYTES = 16 * 1024

export function isBulkFile(name: string, bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, HEAD_BYTES)
  let text = new TextDecoder('utf-8').decode(head)
  if (text.includes('\uFFFD')) text = new TextDecoder('gb18030').decode(head)
  return !('problem' in findHeader(text.replace(/^\uFEFF/, ''), name))
}
