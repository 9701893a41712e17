/** Files posted to an import worker: the bytes moved (transferred) or, with `keep`, copied first. */
export interface PostedFile {
  name: string
  bytes: ArrayBuffer
}

export function postFiles(files: readonly { name: string; bytes: Uint8Array }[], keep = false): [PostedFile[], Transferable[]] {
  const out = files.map((f) => {
    const whole = !keep && f.bytes.byteOffset === 0 && f.bytes.byteLength === f.bytes.buffer.byteLength
    return { name: f.name, bytes: (whole ? f.bytes.buffer : f.bytes.slice().buffer) as ArrayBuffer }
  })
  return [out, [...new Set(out.map((f) => f.bytes))]]
}
