import { launchWithExtension, routeHub } from '../../tests/e2e/extension';
import { isExtensionScript } from './trace';
const context = await launchWithExtension();
await routeHub(context, []);
await context.waitForEvent('serviceworker').catch(() => {});
for (let r = 0; r < 2; r++) {
const page = await context.newPage();
const s: any = await context.newCDPSession(page);
const ev: any[] = [];
s.on('Tracing.dataCollected', ({ value }: any) => ev.push(...value));
await s.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' });
await page.goto('https://huggingface.co/distilbert/distilbert-base-uncased');
await page.waitForFunction(() => performance.getEntriesByName('model-lens:badges').length > 0);
const done = new Promise((r) => s.once('Tracing.tracingComplete', r)); await s.send('Tracing.end'); await done;
const start = ev.find((e) => e.name === 'model-lens:start'); const badges = ev.find((e) => e.name === 'model-lens:badges');
console.log('marks', start && [start.pid, start.tid, start.ts], badges && [badges.pid, badges.tid, badges.ts - start.ts]);
const ext = ev.filter(isExtensionScript);
console.log('ext events', ext.length, ext.slice(0, 5).map((e) => [e.name, e.ph, e.pid, e.tid, (e.ts - start.ts) / 1000, (e.dur ?? 0) / 1000]));
const names: Record<string, number> = {}; for (const e of ev.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && e.ts <= badges.ts)) names[e.name] = (names[e.name] ?? 0) + (e.dur ?? 0) / 1000;
console.log(Object.entries(names).sort((a, b) => b[1] - a[1]).slice(0, 12));
await page.close();
}
await context.close();
