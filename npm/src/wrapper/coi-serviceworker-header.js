// jupyter-kit: coi-serviceworker reloads the page as soon as its worker is found, which can be before that worker
// is active; the reloaded page then goes uncontrolled and stays not cross-origin isolated until the next visit.
// Reloading once the worker is ready (active) makes the first reload enough. A page's own window.coi still applies.
if (typeof window !== 'undefined') {
  window.coi = Object.assign(
      { doReload: () => navigator.serviceWorker.ready.then(() => window.location.reload()) }, window.coi);
}
