// Ink's own Output and log-update, which the build makes reachable under these names
// (scripts/bundle-rules.mjs) for ink-output.ts and frame-writer.ts to fall back on.
declare module 'plenum:ink-original-output' {
	export default class Output {
		constructor(options: {width: number; height: number});
		write(x: number, y: number, text: string, options: {transformers: ((line: string, index: number) => string)[]}): void;
		clip(clip: {x1?: number; x2?: number; y1?: number; y2?: number}): void;
		unclip(): void;
		get(): {output: string; height: number};
	}
}

declare module 'plenum:ink-original-log-update' {
	export interface LogUpdate {
		(str: string): boolean;
		clear(): void;
		done(): void;
		sync(str: string): void;
		setCursorPosition(position: {x: number; y: number} | undefined): void;
		isCursorDirty(): boolean;
		willRender(str: string): boolean;
	}
	const logUpdate: {create(stream: NodeJS.WriteStream, options?: {showCursor?: boolean; incremental?: boolean}): LogUpdate};
	export default logUpdate;
}

declare module 'plenum:ink-original-sanitize-ansi' {
	export default function sanitizeAnsi(text: string): string;
}
