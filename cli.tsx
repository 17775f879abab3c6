// plenum's entry: hands the arguments to the command line and exits with its code.
import {main} from './source/cli/main.ts';

process.exitCode = await main(process.argv.slice(2), import.meta);
