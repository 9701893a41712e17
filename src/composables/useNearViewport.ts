/**
 * Charts draw when the reader gets to them: a panel below the fold loads and initialises ECharts (the largest chunk,
 * and a long main-thread task per chart on a slow phone) only when it comes within `margin` of the viewport (default
 * 0: on a phone the overview's first chart starts just below the fold), or when the page is printed. Meanwhile the
 * chart code is downloaded at the lowest priority (no evaluation), so a scroll finds it in the cache.
 * Without IntersectionObserver (Node tests) charts draw at once.
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

let prefetched = false
/**
 * Fetch the chart chunk named by index.html's `<meta name="chart-code">` (written at build) as soon as a chart panel
 * is on the page: at the lowest priority, download only — nothing runs until a chart is scrolled to.
 */
function prefetchChartCode(): void {
  if (prefetched || typeof document === 'undefined') return
  prefetched = true
  const href = document.querySelector<HTMLMetaElement>('meta[name="chart-code"]')?.content
  if (!href) return
  const link = document.createElement('link')
  link.rel = 'prefetch'
  link.href = href
  link.crossOrigin = 'anonymous'
  document.head.append(link)
}

export function useNearViewport(el: Readonly<Ref<HTMLElement | null>>, margin = '0px'): Readonly<Ref<boolean>> {
  const near = ref(typeof IntersectionObserver === 'undefined')
  let io: IntersectionObserver | null = null
  const show = () => {
    near.value = true
    io?.disconnect()
    io = null
    window.removeEventListener('beforeprint', show)
  }
  onMounted(() => {
    if (near.value || !el.value) return show()
    io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: `${margin} 0px` })
    io.observe(el.value)
    window.addEventListener('beforeprint', show)
    prefetchChartCode()
  })
  onBeforeUnmount(() => {
    io?.disconnect()
    window.removeEventListener('beforeprint', show)
  })
  return near
}
