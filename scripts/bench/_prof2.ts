import { launchWithExtension, routeHub } from '../../tests/e2e/extension';
const context = await launchWithExtension();
await routeHub(context, []);
await context.waitForEvent('serviceworker').catch(() => {});
const self: Record<string, number> = {};
const total: Record<string, number> = {};
for (let r = 0; r < 8; r++) {
  const page = await context.newPage();
  const s: any = await context.newCDPSession(page);
  await s.send('Profiler.enable'); await s.send('Profiler.setSamplingInterval', { interval: 50 }); await s.send('Profiler.start');
  await page.goto('https://huggingface.co/distilbert/distilbert-base-uncased');
  await page.waitForFunction(() => performance.getEntriesByName('model-lens:badges').length > 0);
  const { profile } = await s.send('Profiler.stop');
  if (r < 2) { await page.close(); continue; }
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (let i = 0; i < profile.samples.length; i++) {
    const n: any = byId.get(profile.samples[i]); const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self[k] = (self[k] ?? 0) + dt;
    // inclusive for content.js frames
    const seen = new Set<string>(); let id: number | undefined = n.id;
    while (id !== undefined) { const m: any = byId.get(id); const kk = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}`; if (m.callFrame.url.includes('content.js') && !seen.has(kk)) { seen.add(kk); total[kk] = (total[kk] ?? 0) + dt; } id = parent.get(id); }
  }
  await page.close();
}
console.log('SELF'); console.log(Object.entries(self).filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 6).toFixed(2)}ms ${k}`).join('\n'));
console.log('INCLUSIVE (content.js)'); console.log(Object.entries(total).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 6).toFixed(2)}ms ${k}`).join('\n'));
await context.close();
