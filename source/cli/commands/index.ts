// The subcommands, in the order --help lists them.
import type {Command} from '../command.ts';
import {attendees, measures, meta, section, sections, terms} from './parts.ts';
import {search} from './search.ts';
import {exportCommand} from './export.ts';
import {list} from './list.ts';
import {diffCommand} from './diff.ts';

export const COMMANDS: Command[] = [sections, section, measures, attendees, terms, meta, search, exportCommand, list, diffCommand];
