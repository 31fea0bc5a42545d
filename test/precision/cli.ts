// npm run precision -- --schema F [--json OUT] [--no-quicktype]: the precision report (report.ts).
// Exit 0 with the report; 2 when the arguments are wrong or the generator refuses the schema (the
// report, quicktype's figure included, is still printed and written).

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatReport, precisionReport } from './report.js';

const USAGE = 'usage: npm run precision -- --schema FILE [--json OUT] [--no-quicktype]';

async function main(): Promise<number> {
  let values: { schema?: string; json?: string; 'no-quicktype'?: boolean };
  try {
    ({ values } = parseArgs({ options: { schema: { type: 'string' }, json: { type: 'string' }, 'no-quicktype': { type: 'boolean' } }, strict: true }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.schema === undefined) {
    process.stderr.write(`--schema is required\n${USAGE}\n`);
    return 2;
  }
  const report = await precisionReport(values.schema, { quicktype: values['no-quicktype'] !== true });
  process.stdout.write(`${formatReport(report)}\n`);
  if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  return report.refused === null ? 0 : 2;
}

process.exitCode = await main();
