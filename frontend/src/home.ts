import type { SystemInfo } from './api.ts'

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>

// The facts the home page lists, in display order, with their labels.
const FACTS: ReadonlyArray<readonly [keyof SystemInfo, string]> = [
  ['application', 'Application'],
  ['version', 'Version'],
  ['nodeId', 'Node'],
  ['startedAt', 'Node started'],
  ['database', 'Database'],
  ['schemaVersion', 'Schema version'],
  ['javaVersion', 'Java'],
]

// Fills the home page's #system-info list from /api/v1/system/info.
// Returns at once on pages without that element.
export async function initHome(fetchJson: Fetch = (input, init) => fetch(input, init)): Promise<void> {
  const list = document.querySelector<HTMLElement>('#system-info')
  if (!list) return
  try {
    const response = await fetchJson('/api/v1/system/info', { headers: { Accept: 'application/json' } })
    if (!response.ok) {
      renderStatus(list, `unavailable (HTTP ${response.status})`)
      return
    }
    renderSystemInfo(list, (await response.json()) as SystemInfo)
  } catch {
    renderStatus(list, 'unavailable (the server did not answer)')
  }
}

// Replaces the list's content with one term and definition per fact.
// Server text goes in through textContent only, never as HTML.
export function renderSystemInfo(list: HTMLElement, info: SystemInfo): void {
  list.replaceChildren(...FACTS.flatMap(([key, label]) => row(label, String(info[key]))))
}

function renderStatus(list: HTMLElement, status: string): void {
  list.replaceChildren(...row('Status', status))
}

function row(label: string, value: string): HTMLElement[] {
  const term = document.createElement('dt')
  term.textContent = label
  const detail = document.createElement('dd')
  detail.textContent = value
  return [term, detail]
}
