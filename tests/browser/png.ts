/**
 * A small PNG reader for the tests (8-bit, non-interlaced, grey / RGB / RGBA, as Chromium writes them): the
 * downloaded file is decoded here in Node, independently of the browser that drew it.
 */
import { inflateSync } from 'node:zlib'

export interface Pixels {
  width: number
  height: number
  channels: number
  data: Uint8Array
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 }

export function decodePng(bytes: Uint8Array): Pixels {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const sig = [137, 80, 78, 71, 13, 10, 26, 10]
  if (!sig.every((b, i) => bytes[i] === b)) throw new Error('not a PNG')
  let pos = 8
  let width = 0
  let height = 0
  let channels = 0
  const idat: Uint8Array[] = []
  while (pos < bytes.length) {
    const len = view.getUint32(pos)
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8))
    const body = bytes.subarray(pos + 8, pos + 8 + len)
    if (type === 'IHDR') {
      width = view.getUint32(pos + 8)
      height = view.getUint32(pos + 12)
      const [depth, colour, , , interlace] = body.subarray(8, 13)
      if (depth !== 8 || interlace !== 0 || !(colour! in CHANNELS)) throw new Error(`unsupported PNG: depth ${depth}, colour ${colour}, interlace ${interlace}`)
      channels = CHANNELS[colour!]!
    } else if (type === 'IDAT') idat.push(body)
    else if (type === 'IEND') break
    pos += 12 + len
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const data = new Uint8Array(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? data[y * stride + x - channels]! : 0
      const b = y > 0 ? data[(y - 1) * stride + x]! : 0
      const c = x >= channels && y > 0 ? data[(y - 1) * stride + x - channels]! : 0
      const p = a + b - c
      const pred = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1
        : Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c
      data[y * stride + x] = (line[x]! + pred) & 0xff
    }
  }
  return { width, height, channels, data }
}

/** Pixels darker than mid-grey in rows [from, to): text and lines, not the white ground. */
export function darkPixels(img: Pixels, from: number, to: number): number {
  let n = 0
  for (let y = Math.max(0, from); y < Math.min(img.height, to); y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * img.channels
      const lum = img.channels >= 3 ? (img.data[i]! * 299 + img.data[i + 1]! * 587 + img.data[i + 2]! * 114) / 1000 : img.data[i]!
      if (lum < 128) n++
    }
  }
  return n
}
