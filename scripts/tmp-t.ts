import { classify } from '/work/main/lib/classify/classify';
for (const id of process.argv.slice(2)) console.log(JSON.stringify(classify(id), null, 1).slice(0, 6000));
