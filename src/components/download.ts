import { wrapText } from '@/export/context'

/** Save a Blob or data URL through a temporary link (no server round trip). */
export function download(data: Blob | string, fileName: string): void {
  const url = typeof data === 'string' ? data : URL.createObjectURL(data)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 1000)
}

const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('chart image did not load'))
    img.src = src
  })
}

/**
 * The chart image with its context written under it: the first line (the title) bold, the rest (department and year,
 * drill path, unit, source) in grey, each wrapped to the image's width. `scale` is the chart image's pixel ratio.
 */
export async function captionedPng(chartUrl: string, lines: readonly string[], scale = 2): Promise<Blob> {
  const img = await loadImage(chartUrl)
  const pad = 12 * scale
  const width = img.naturalWidth
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2d canvas')
  const styles = lines.map((_, i) => {
    const size = (i === 0 ? 15 : 12) * scale
    return { size, font: `${i === 0 ? '600 ' : ''}${size}px ${FONT}`, color: i === 0 ? '#1b1b1b' : '#555', line: Math.round(size * 1.45) }
  })
  const wrapped = lines.map((text, i) => {
    ctx.font = styles[i]!.font
    return wrapText(text, width - 2 * pad, (s) => ctx.measureText(s).width)
  })
  const captionHeight = pad + wrapped.reduce((h, ls, i) => h + ls.length * styles[i]!.line, 0) + pad
  canvas.width = width
  canvas.height = img.naturalHeight + captionHeight
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.drawImage(img, 0, 0)
  ctx.fillStyle = '#d8dce2'
  ctx.fillRect(pad, img.naturalHeight, width - 2 * pad, Math.max(1, scale / 2))
  let y = img.naturalHeight + pad
  ctx.textBaseline = 'top'
  wrapped.forEach((ls, i) => {
    const s = styles[i]!
    ctx.font = s.font
    ctx.fillStyle = s.color
    for (const l of ls) {
      ctx.fillText(l, pad, y + (s.line - s.size) / 2)
      y += s.line
    }
  })
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'))
}
