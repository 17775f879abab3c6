// Node opens its inspector on 127.0.0.1:9229 when it receives SIGUSR1, and prints over the screen;
// whoever can signal plenum could then attach to it. A listener of its own turns that off. This
// module is the entry's first import, so the listener is in place before anything else loads.
process.on('SIGUSR1', () => {});
