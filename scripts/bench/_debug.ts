import { readFileSync } from 'node:fs';
import { launchWithExtension, routeHub } from '/work/main/tests/e2e/extension';
import { generateListing } from '/work/main/scripts/bench/listing-page';
const ids = readFileSync('tests/fixtures/corpus/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
const listing = generateListing(readFileSync('tests/fixtures/pages/model-list--models.html', 'utf8'), ids.slice(0, 1000));
const context = await launchWithExtension();
await routeHub(context, [], async (route, url) => { if (url.pathname !== '/models') return false; await route.fulfill({ status: 200, contentType: 'text/html', body: listing }); return true; });
await context.waitForEvent('serviceworker').catch(()=>{});
for (let r = 0; r < 2; r++) {
const page = await context.newPage();
const s = await context.newCDPSession(page);
const ev: any[] = [];
s.on('Tracing.dataCollected', ({ value }: any) => ev.push(...value));
await s.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
await page.goto('https://huggingface.co/models?x=1');
await page.waitForFunction(() => document.querySelectorAll('[data-model-lens][data-placement="card"]').length >= 1000, undefined, { timeout: 60000, polling: 50 });
const done = new Promise((res) => s.once('Tracing.tracingComplete', res));
await s.send('Tracing.end'); await done;
const start = ev.find((e) => e.name === 'model-lens:start');
const th = ev.filter((e) => e.pid === start.pid && e.tid === start.tid);
const tasks = th.filter((e) => e.name === 'RunTask' && e.dur > 20000).sort((a,b)=>b.dur-a.dur).slice(0, 8);
for (const t of tasks) {
  const inside = th.filter((e) => e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur||0) <= t.ts + t.dur && e !== t);
  const by: Record<string, number> = {};
  for (const e of inside) by[e.name] = (by[e.name] ?? 0) + (e.dur||0)/1000;
  const top = Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,8).map(([k,v])=>`${k}=${v.toFixed(0)}`).join(' ');
  console.log(`task ${(t.dur/1000).toFixed(0)}ms at +${((t.ts-start.ts)/1000).toFixed(0)}ms: ${top}`);
}
console.log('---');
await page.close();
}
await context.close();
