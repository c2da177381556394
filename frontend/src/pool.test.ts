import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { PoolTable } from './api.ts'
import type { Fetch } from './home.ts'
import { initPoolDemo } from './pool.ts'

const FORM = `
  <form id="pool-demo">
    <input name="loWater" value="3"><input name="increment" value="2">
    <input name="hiWater" value="7"><input name="maximum" value="10">
    <select name="flags"><option value="USE_SELF" selected>USE_SELF</option></select>
    <input name="events" value="unblock*1">
    <button type="submit">Run</button>
  </form>
  <p id="pool-status"></p>
  <table><tbody id="pool-rows"></tbody></table>`

const table: PoolTable = {
  loWater: 3, increment: 2, hiWater: 7, maximum: 10, flags: 'POOL_FLAG_USE_SELF', events: 'unblock*1',
  rows: [
    { event: 'Initial', processing: 0, blocking: 1, total: 1 },
    { event: '<b>lo_water trip</b>', processing: 0, blocking: 3, total: 3 },
  ],
}

function answering(status: number, body: unknown): ReturnType<typeof vi.fn<Fetch>> {
  return vi.fn<Fetch>(async () => new Response(JSON.stringify(body), { status }))
}

function cells(): string[][] {
  return [...document.querySelectorAll('#pool-rows tr')].map((tr) => [...tr.children].map((td) => td.textContent ?? ''))
}

describe('initPoolDemo', () => {
  beforeEach(() => {
    document.body.innerHTML = FORM
  })

  it('sends the form fields and renders one row per pool event as text', async () => {
    const fetchJson = answering(200, table)
    await initPoolDemo(fetchJson)
    const url = new URL(fetchJson.mock.calls[0][0], 'http://localhost')
    expect(url.pathname).toBe('/api/v1/pool/table')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      loWater: '3', increment: '2', hiWater: '7', maximum: '10', flags: 'USE_SELF', events: 'unblock*1',
    })
    expect(cells()).toEqual([['Initial', '0', '1', '1'], ['<b>lo_water trip</b>', '0', '3', '3']])
    expect(document.querySelector('#pool-rows b')).toBeNull()
    expect(document.querySelector('#pool-status')?.textContent).toContain('2 rows')
  })

  it('shows the server explanation of a bad request and no rows', async () => {
    await initPoolDemo(answering(400, { title: 'Bad thread-pool request', detail: 'lo_water (5) must not exceed hi_water (3)' }))
    expect(cells()).toEqual([])
    expect(document.querySelector('#pool-status')?.textContent).toBe('lo_water (5) must not exceed hi_water (3)')
  })

  it('says so when the server does not answer', async () => {
    await initPoolDemo(vi.fn<Fetch>(async () => { throw new TypeError('offline') }))
    expect(document.querySelector('#pool-status')?.textContent).toBe('The server did not answer.')
  })

  it('does nothing on pages without the form', async () => {
    document.body.innerHTML = ''
    const fetchJson = answering(200, table)
    await initPoolDemo(fetchJson)
    expect(fetchJson).not.toHaveBeenCalled()
  })
})
