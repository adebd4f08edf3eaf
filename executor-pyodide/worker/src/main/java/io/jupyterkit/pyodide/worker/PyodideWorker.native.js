// Start once the whole bundle has been evaluated, before the first message is dispatched.
queueMicrotask(() => PyodideWorker.start());
