/**
 * A sideways-scrolling row (the screen tabs on a phone): keeps its current item in view and says in which
 * directions more items lie hidden, for the edge cues (base.css `.screens-wrap[data-more-…]`).
 */
import { onBeforeUnmount, onMounted, reactive, watch, type ShallowRef } from 'vue'

export function useScrollCue(row: Readonly<ShallowRef<HTMLElement | null>>, current: () => unknown) {
  const more = reactive({ left: false, right: false })

  function update() {
    const el = row.value
    if (!el) return
    more.left = el.scrollLeft > 1
    more.right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1
  }

  /** scroll the row (never the page) so the item marked aria-current sits in its middle */
  function showCurrent() {
    const el = row.value
    const item = el?.querySelector<HTMLElement>('[aria-current="page"]')
    if (el && item && el.scrollWidth > el.clientWidth) {
      const left = item.offsetLeft - el.offsetLeft - (el.clientWidth - item.offsetWidth) / 2
      el.scrollLeft = Math.max(0, Math.min(left, el.scrollWidth - el.clientWidth))
    }
    update()
  }

  /*
   * Measured in the next frame, not in the render that changed the row: reading offsetLeft there forces a layout
   * inside the render's task (the first screen's longest task on a phone).
   */
  let frame = 0
  function later() {
    if (typeof requestAnimationFrame === 'undefined') {
      showCurrent()
      return
    }
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(showCurrent)
  }
  // the items change width when their text does (a language loads, a font arrives): place the current one again
  const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(later)
  watch(
    [row, current],
    ([el]) => {
      resized?.disconnect()
      if (el) for (const item of el.children) resized?.observe(item)
      later()
    },
    { flush: 'post' },
  )
  onMounted(() => {
    later()
    window.addEventListener('resize', update, { passive: true })
  })
  onBeforeUnmount(() => {
    if (frame) cancelAnimationFrame(frame)
    resized?.disconnect()
    window.removeEventListener('resize', update)
  })
  return { more, update }
}
