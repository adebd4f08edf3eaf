
export { upgradeNotebook };
