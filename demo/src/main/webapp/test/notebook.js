// In a file, so the page also works under a strict script-src.
const params = new URLSearchParams(location.search);
const nb = document.getElementById('nb');
for (const [name, value] of params) {
  if (name !== 'nb') nb.setAttribute(name, value);
}
nb.setAttribute('src', '../notebooks/' + (params.get('nb') || 'rendering.ipynb'));
