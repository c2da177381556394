import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { SystemInfo } from './api.ts'
import { initHome, type Fetch } from './home.ts'

const info: SystemInfo = {
  application: 'ThreadLab',
  version: '0.1.0-SNAPSHOT',
  nodeId: '<img src=x onerror="alert(1)">',
  startedAt: '2025-01-01T00:00:00Z',
  database: 'H2',
  schemaVersion: '1',
  javaVersion: '17.0.15',
}

function answering(status: number, body: unknown): Fetch {
  return vi.fn<Fetch>(async () => new Response(JSON.stringify(body), { status }))
}

function facts(list: Element): Record<string, string> {
  const terms = [...list.querySelectorAll('dt')]
  return Object.fromEntries(terms.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']))
}

describe('initHome', () => {
  beforeEach(() => {
    document.body.innerHTML = '<dl id="system-info"><dt>Status</dt><dd>loading</dd></dl>'
  })

  it('renders the node, schema version and runtime facts', async () => {
    const fetchJson = answering(200, info)
    await initHome(fetchJson)

    expect(fetchJson).toHaveBeenCalledWith('/api/v1/system/info', expect.anything())
    const list = document.querySelector('#system-info')!
    expect(facts(list)).toEqual({
      Application: 'ThreadLab',
      Version: '0.1.0-SNAPSHOT',
      Node: info.nodeId,
      'Node started': '2025-01-01T00:00:00Z',
      Database: 'H2',
      'Schema version': '1',
      Java: '17.0.15',
    })
  })

  it('sets server text as text, never as markup', async () => {
    await initHome(answering(200, info))

    expect(document.querySelector('img')).toBeNull()
  })

  it('says the facts are unavailable when the server fails', async () => {
    await initHome(answering(503, { error: 'down' }))

    expect(facts(document.querySelector('#system-info')!)).toEqual({ Status: 'unavailable (HTTP 503)' })
  })

  it('does nothing on a page without the list', async () => {
    document.body.innerHTML = '<main></main>'
    const fetchJson = answering(200, info)

    await initHome(fetchJson)

    expect(fetchJson).not.toHaveBeenCalled()
  })
})
