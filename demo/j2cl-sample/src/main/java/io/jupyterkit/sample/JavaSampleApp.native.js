// The app's entry point, once the whole script has been evaluated (J2CL initialises classes lazily, in order).
queueMicrotask(() => JavaSampleApp.start());
