// Ink's Output, as the build gives it to Ink (scripts/bundle-rules.mjs): the frame composed from
// the text Ink's nodes write, each line where its node sits. Ink's own Output splits every line
// into styled cells on every frame (a 200×60 frame is 12,000 cells) and joins them again; plenum
// hands Ink rows it has already fitted and coloured (draw/paint.ts), so a row is those lines side
// by side with spaces between, as they are. Anything else — clipping, text overlapping text, a
// line wider than the frame — goes to Ink's own Output, which handles every case.
import Original from 'plenum:ink-original-output';
import stringWidth from '../../text/ink-width.ts';
import {composeRow, inOrder, type FrameRow} from './frame.ts';
import {rememberFrame} from './frame-log.ts';

type Transformer = (line: string, index: number) => string;
type Clip = {x1?: number; x2?: number; y1?: number; y2?: number};
type Operation = {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]} | {type: 'clip'; clip: Clip} | {type: 'unclip'};

export default class Output {
	readonly width: number;
	readonly height: number;
	private readonly operations: Operation[] = [];

	constructor({width, height}: {width: number; height: number}) {
		this.width = width;
		this.height = height;
	}

	write(x: number, y: number, text: string, {transformers}: {transformers: Transformer[]}): void {
		if (text) this.operations.push({type: 'write', x, y, text, transformers});
	}

	clip(clip: Clip): void {
		this.operations.push({type: 'clip', clip});
	}

	unclip(): void {
		this.operations.push({type: 'unclip'});
	}

	get(): {output: string; height: number} {
		const rows = this.rows();
		if (!rows) return this.original();
		const output = rows.map(composeRow).join('\n');
		rememberFrame(output, rows);
		return {output, height: rows.length};
	}

	/** The frame as pieces, or null when it needs Ink's own composition. */
	private rows(): FrameRow[] | null {
		const rows: FrameRow[] = Array.from({length: this.height}, () => []);
		for (const operation of this.operations) {
			if (operation.type !== 'write') return null;
			const {x, y, text, transformers} = operation;
			const lines = text.split('\n');
			for (let index = 0; index < lines.length; index++) {
				const row = rows[y + index];
				if (!row) continue;
				let line = lines[index];
				for (const transformer of transformers) line = transformer(line, index);
				const width = stringWidth(line);
				if (x < 0 || x + width > this.width) return null;
				if (width > 0) row.push({x, width, text: line});
			}
		}
		for (const row of rows) {
			row.sort((a, b) => a.x - b.x);
			if (!inOrder(row)) return null;
		}
		return rows;
	}

	private original(): {output: string; height: number} {
		const output = new Original({width: this.width, height: this.height});
		for (const operation of this.operations) {
			if (operation.type === 'write') output.write(operation.x, operation.y, operation.text, {transformers: operation.transformers});
			else if (operation.type === 'clip') output.clip(operation.clip);
			else output.unclip();
		}
		return output.get();
	}
}
