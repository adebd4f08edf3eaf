
export { upgradeNotebook, scopeSvgs };
