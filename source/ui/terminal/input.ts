// The terminal's input, read by plenum (decode.ts says why not by Ink): bytes in, events out, in
// the order they came. Events wait in a queue until someone listens — keys typed on the first
// screen, before Ink has drawn, are answered once it has — and the terminal's answers to queries
// (the background colour) go to whoever asked, never to the keys.
import {decode, isInput, type Decoded, type InputEvent, type Reply} from './decode.ts';

/** How long an unfinished escape sequence may wait for the rest of it before it is read as is. */
const ESCAPE_WAIT_MS = 25;
/** Two presses of a button on one cell within this time are a double click. */
const DOUBLE_CLICK_MS = 400;

/** Where the browser's keys come from: subscribe, and the queued events arrive first. */
export interface KeySource {
	subscribe(listener: (event: InputEvent) => void): () => void;
}

export class TerminalInput implements KeySource {
	private rest = '';
	private timer: NodeJS.Timeout | null = null;
	private immediate: NodeJS.Immediate | null = null;
	private readonly queue: InputEvent[] = [];
	private listener: ((event: InputEvent) => void) | null = null;
	private readonly replyListeners = new Set<(reply: Reply) => void>();
	private lastPress: {button: string; col: number; row: number; at: number; clicks: number} | null = null;
	private started = false;
	private readonly onData = (data: string | Buffer) => this.write(String(data));

	/** `stream` is the terminal; without one (tests), bytes come through write(). */
	constructor(private readonly stream?: NodeJS.ReadStream) {}

	/** Start reading the terminal. Raw mode is the screen's to set (terminal/screen.ts). */
	start(): void {
		if (!this.stream || this.started) return;
		this.started = true;
		this.stream.setEncoding('utf8');
		this.stream.on('data', this.onData);
		this.stream.ref?.();
		this.stream.resume();
	}

	/** Stop reading, so the process can end; keys typed later stay in the terminal. */
	stop(): void {
		if (!this.stream || !this.started) return;
		this.started = false;
		this.stream.off('data', this.onData);
		this.stream.pause();
		// A paused terminal stream still holds the event loop open: let it go, as Ink did.
		this.stream.unref?.();
		this.cancelFlush();
	}

	private cancelFlush(): void {
		if (this.timer) clearTimeout(this.timer);
		if (this.immediate) clearImmediate(this.immediate);
		this.timer = null;
		this.immediate = null;
	}

	/** Bytes as the terminal sent them. */
	write(data: string): void {
		this.cancelFlush();
		const {events, rest} = decode(this.rest + data);
		this.rest = rest;
		this.deliver(events);
		if (!rest) return;
		const flush = () => {
			this.cancelFlush();
			const flushed = decode(this.rest, true);
			this.rest = '';
			this.deliver(flushed.events);
		};
		// A read that ends in a lone ESC is the Escape key, as Ink reads it: a terminal writes a
		// sequence whole. Only the start of a longer sequence waits a little for the rest.
		if (rest === '\x1b') this.immediate = setImmediate(flush);
		else this.timer = setTimeout(flush, ESCAPE_WAIT_MS).unref();
	}

	subscribe(listener: (event: InputEvent) => void): () => void {
		this.listener = listener;
		while (this.queue.length > 0 && this.listener === listener) listener(this.queue.shift()!);
		return () => {
			if (this.listener === listener) this.listener = null;
		};
	}

	/**
	 * Listen while `take` takes the events (returns true): the first one it declines stays queued,
	 * with every event after it, for the next subscriber, and `take` hears nothing more. The painted
	 * first screen answers moves this way, and leaves any other key to the browser in order.
	 */
	subscribeWhile(take: (event: InputEvent) => boolean): () => void {
		const listener = (event: InputEvent) => {
			if (take(event)) return;
			this.listener = null;
			this.queue.unshift(event);
		};
		return this.subscribe(listener);
	}

	/** The terminal's answers to a query, until the returned function is called. */
	onReply(listener: (reply: Reply) => void): () => void {
		this.replyListeners.add(listener);
		return () => this.replyListeners.delete(listener);
	}

	private deliver(events: Decoded[]): void {
		for (const event of events) {
			if (!isInput(event)) {
				for (const listener of this.replyListeners) listener(event);
				continue;
			}
			const counted = event.kind === 'mouse' ? this.countClicks(event) : event;
			if (this.listener) this.listener(counted);
			else this.queue.push(counted);
		}
	}

	private countClicks(event: InputEvent & {kind: 'mouse'}): InputEvent {
		if (event.action !== 'press' || event.button.startsWith('wheel')) return event;
		const now = Date.now();
		const last = this.lastPress;
		const again = last !== null && last.button === event.button && last.col === event.col && last.row === event.row && now - last.at <= DOUBLE_CLICK_MS;
		const clicks = again ? last.clicks + 1 : 1;
		this.lastPress = {button: event.button, col: event.col, row: event.row, at: now, clicks};
		return {...event, clicks};
	}
}

const inputs = new WeakMap<NodeJS.ReadStream, TerminalInput>();

/** The one reader of a terminal: the picker and the browsers it opens share it. */
export function terminalInput(stream: NodeJS.ReadStream): TerminalInput {
	let input = inputs.get(stream);
	if (!input) inputs.set(stream, (input = new TerminalInput(stream)));
	return input;
}
