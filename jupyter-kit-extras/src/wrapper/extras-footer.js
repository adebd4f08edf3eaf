
export { upgradeNotebook, scopeSvgs, typesetMath, renumberMath, embedFrame };
