// What ink-output.ts composed each recent frame from, for frame-writer.ts: Ink hands its writer
// only the frame's text, and the writer looks the pieces up by that text.
import type {FrameRow} from './frame.ts';

const recent = new Map<string, FrameRow[]>();

export function rememberFrame(output: string, rows: FrameRow[]): void {
	recent.delete(output);
	recent.set(output, rows);
	for (const old of recent.keys()) if (recent.size > 4) recent.delete(old);
}

/** The pieces of a frame Ink composed lately, or undefined. */
export function framePieces(output: string): FrameRow[] | undefined {
	return recent.get(output);
}
