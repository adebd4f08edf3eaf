
;return module.exports; })({ exports: {} });
