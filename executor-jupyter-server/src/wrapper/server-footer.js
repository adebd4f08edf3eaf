
export { createJupyterServerExecutor };
