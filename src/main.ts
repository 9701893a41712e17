/**
 * The entry: a few hundred bytes, no Vue. It draws the heading the route will show into index.html's boot shell
 * (boot/shell.ts), lets the browser paint it, then starts the data downloading (boot/prefetch.ts) and the route's
 * screen code with the app's (boot/preload.ts), and loads the app (boot/app.ts). A phone shows
 * which report opens before the app's code has even arrived.
 */
import './styles/base.css'
import { paintShell } from './boot/shell'
import { prefetchData } from './boot/prefetch'
import { preloadCode } from './boot/preload'

paintShell(document, location.hash)
// after the next frame (or at most 100 ms, for a tab opened in the background, where frames wait)
await new Promise<void>((resolve) => {
  const go = () => setTimeout(resolve, 0)
  requestAnimationFrame(go)
  setTimeout(resolve, 100)
})
prefetchData(import.meta.env.BASE_URL, location.hash)
preloadCode(document, location.hash)
await import('./boot/app')
