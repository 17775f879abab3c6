// Placeholder until the browser lands: prints the outline.
import type {OpenedReport} from '../cli/open.ts';
import {formatOutline} from '../format/plain.ts';
import {makeChalk} from '../cli/output.ts';

export async function browse(opened: OpenedReport): Promise<number> {
	process.stdout.write(formatOutline(opened.report, makeChalk()) + '\n');
	return 0;
}
