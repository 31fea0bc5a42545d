// npm run precision -- --schema F [--json OUT] [--ref-map PREFIX=DIR]... [--no-quicktype]: the precision report (report.ts).
// Exit 0 with the report; 2 when the arguments are wrong or the generator refuses the schema (the
// report, quicktype's figure included, is still printed and written).

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, precisionReport } from './report.js';

const USAGE = 'usage: npm run precision -- --schema FILE [--json OUT] [--ref-map URI_PREFIX=DIR]... [--no-quicktype]';

async function main(): Promise<number> {
  let values: { schema?: string; json?: string; 'ref-map'?: string[]; 'no-quicktype'?: boolean };
  try {
    const options = {
      schema: { type: 'string' },
      json: { type: 'string' },
      'ref-map': { type: 'string', multiple: true },
      'no-quicktype': { type: 'boolean' },
    } as const;
    ({ values } = parseArgs({ options, strict: true }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.schema === undefined) {
    process.stderr.write(`--schema is required\n${USAGE}\n`);
    return 2;
  }
  const refMap: Record<string, string> = {};
  for (const pair of values['ref-map'] ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) {
      process.stderr.write(`--ref-map takes URI_PREFIX=DIR, found ${JSON.stringify(pair)}\n${USAGE}\n`);
      return 2;
    }
    refMap[pair.slice(0, at)] = resolve(pair.slice(at + 1)); // as generate's --ref-map: the folder relative to the working directory
  }
  const report = await precisionReport(values.schema, { quicktype: values['no-quicktype'] !== true, refMap });
  process.stdout.write(`${formatReport(report)}\n`);
  if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  return report.refused === null ? 0 : 2;
}

process.exitCode = await main();
