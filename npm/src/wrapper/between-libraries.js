
;return module.exports; })({ exports: {} });
const marked = (function (module) { const exports = module.exports; const define = undefined;
