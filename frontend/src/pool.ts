import type { PoolTable, PoolTableRow, Problem } from './api.ts'
import type { Fetch } from './home.ts'

// The form fields sent to /api/v1/pool/table, in order.
const FIELDS = ['loWater', 'increment', 'hiWater', 'maximum', 'flags', 'events'] as const

// Runs the home page's thread-pool form (#pool-demo) against /api/v1/pool/table and shows the
// seed-003 rows in #pool-rows. Returns at once on pages without the form.
export async function initPoolDemo(fetchJson: Fetch = (input, init) => fetch(input, init)): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#pool-demo')
  const rows = document.querySelector<HTMLElement>('#pool-rows')
  const status = document.querySelector<HTMLElement>('#pool-status')
  if (!form || !rows || !status) return
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void runPool(form, rows, status, fetchJson)
  })
  await runPool(form, rows, status, fetchJson)
}

// Asks the server for the rows of the form's pool and shows them, or the server's explanation.
export async function runPool(form: HTMLFormElement, rows: HTMLElement, status: HTMLElement,
                              fetchJson: Fetch): Promise<void> {
  const query = new URLSearchParams()
  for (const name of FIELDS) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null
    if (field) query.set(name, field.value)
  }
  try {
    const response = await fetchJson(`/api/v1/pool/table?${query.toString()}`, { headers: { Accept: 'application/json' } })
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as Problem
      rows.replaceChildren()
      status.textContent = problem.detail ?? `The server refused the request (HTTP ${response.status}).`
      return
    }
    const table = (await response.json()) as PoolTable
    renderRows(rows, table.rows)
    status.textContent = `${table.rows.length} rows for lo_water ${table.loWater}, increment ${table.increment}, `
      + `hi_water ${table.hiWater}, maximum ${table.maximum}, ${table.flags}.`
  } catch {
    rows.replaceChildren()
    status.textContent = 'The server did not answer.'
  }
}

// One table row per pool event; text goes in through textContent only.
export function renderRows(body: HTMLElement, rows: PoolTableRow[]): void {
  body.replaceChildren(...rows.map((row) => {
    const tr = document.createElement('tr')
    for (const value of [row.event, row.processing, row.blocking, row.total]) {
      const td = document.createElement('td')
      td.textContent = String(value)
      tr.append(td)
    }
    return tr
  }))
}
