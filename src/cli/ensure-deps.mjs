// Runs before `npm start` / `npm test`: on a fresh clone, install the locked dependencies first.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('决算看板: installing dependencies (npm ci)…')
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' })
}
