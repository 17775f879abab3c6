// The floor for a pipe command: an ES module that prints a line.
process.stdout.write('section 3\n');
