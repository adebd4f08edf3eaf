// A library's UMD build as an ES module, so it loads on demand through import() without defining a global.
const module = { exports: {} };
const exports = module.exports;
const define = undefined;
