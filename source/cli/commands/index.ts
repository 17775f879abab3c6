// The subcommands, in the order --help lists them.
import type {Subcommand} from '../subcommand.ts';
import {attendees, measures, meta, section, sections, terms} from './parts.ts';
import {searchCommand} from './search.ts';
import {exportCommand} from './export.ts';
import {list} from './list.ts';
import {diffCommand} from './diff.ts';
import {indexCommand, peopleCommand, trendCommand} from './library.ts';
import {configCommand} from './config.ts';
import {completionCommand, manCommand} from './completion.ts';

export const COMMANDS: Subcommand[] = [
	sections,
	section,
	measures,
	attendees,
	terms,
	meta,
	searchCommand,
	exportCommand,
	list,
	diffCommand,
	indexCommand,
	trendCommand,
	peopleCommand,
	configCommand,
	completionCommand,
	manCommand,
];
