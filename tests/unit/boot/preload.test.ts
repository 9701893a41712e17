// @vitest-environment happy-dom
/** The entry's batch of code requests (src/boot/preload.ts) from the lists the build writes into index.html. */
import { beforeEach, describe, expect, it } from 'vitest'
import { preloadCode } from '@/boot/preload'

function page(screens: Record<string, string>, app = './assets/app.js ./assets/vue.js') {
  document.head.innerHTML = [
    app ? `<meta name="app-code" content="${app}">` : '',
    ...Object.entries(screens).map(([s, files]) => `<meta name="screen-code" data-screen="${s}" content="${files}">`),
  ].join('')
}
const links = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'))

beforeEach(() => page({ overview: './assets/Overview.js ./assets/stated.js', drill: './assets/Drill.js', present: './assets/Present.js ./assets/stated.js' }))

describe('preloadCode', () => {
  it('the app’s code, then the route’s screen code, each file once', () => {
    expect(preloadCode(document, '#/zhuzhou-xzsp-2024/drill?path=201')).toEqual(['./assets/app.js', './assets/vue.js', './assets/Drill.js'])
    expect(links()).toEqual(['./assets/app.js', './assets/vue.js', './assets/Drill.js'])
  })

  it('the landing page and a route without a screen open the overview; presentation mode its own view', () => {
    expect(preloadCode(document, '')).toContain('./assets/Overview.js')
    document.head.querySelectorAll('link').forEach((l) => l.remove())
    expect(preloadCode(document, '#/some-dataset')).toContain('./assets/Overview.js')
    expect(preloadCode(document, '#/some-dataset/overview?present=1')).toEqual(['./assets/app.js', './assets/vue.js', './assets/Present.js', './assets/stated.js'])
  })

  it('a screen the build lists no code for, an undecodable route, or no lists at all (the dev server): only what is listed', () => {
    expect(preloadCode(document, '#/x/unknown')).toEqual(['./assets/app.js', './assets/vue.js'])
    expect(preloadCode(document, '#/%E0%A4/overview')).toEqual(['./assets/app.js', './assets/vue.js'])
    page({}, '')
    expect(preloadCode(document, '#/x/overview')).toEqual([])
    expect(links()).toEqual([])
  })
})
