import {openReport} from './source/cli/open.ts';

const args = process.argv.slice(2);
const file = args.find(a => !a.startsWith('--'));
const {report} = openReport(file);
process.stdout.write(JSON.stringify(report, null, 1) + '\n');
