
export { upgradeNotebook, scopeSvgs, typesetMath, renumberMath };
