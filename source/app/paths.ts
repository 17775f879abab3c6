// Whether a name the command line was given is there, and whether it is a folder: asked before
// anything else is loaded (a library's query answers without the folder listing's modules).
import {statSync} from 'node:fs';
import {fsPath} from '../load/names.ts';

export function exists(path: string): boolean {
	try {
		statSync(fsPath(path));
		return true;
	} catch {
		return false;
	}
}

export function isDirectory(path: string): boolean {
	try {
		return statSync(fsPath(path)).isDirectory();
	} catch {
		return false;
	}
}
