// Writes the package's description of <jupyter-notebook> from its one source, the element's API file
// (jupyter-kit-element/src/main/api/jupyter-notebook.json): custom-elements.json (the custom elements manifest
// that editors and documentation tools read) and element.d.ts (the element's TypeScript declarations).
// Usage: node element-api.mjs API_JSON PACKAGE_DIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [apiFile, packageDir] = process.argv.slice(2);
const api = JSON.parse(readFileSync(apiFile, 'utf8'));
const MODULE = 'index.mjs';

function manifest() {
  const fields = api.attributes.map((attribute) => ({
    kind: 'field', name: attribute.property, type: { text: attribute.type }, description: attribute.description,
    attribute: attribute.name, reflects: attribute.reflects,
  })).concat(api.properties.map((property) => ({
    kind: 'field', name: property.name, type: { text: property.type }, description: property.description,
    ...(property.readonly ? { readonly: true } : {}),
  })));
  const methods = api.methods.map((method) => ({
    kind: 'method', name: method.name, description: method.description,
    parameters: method.parameters.map((parameter) => ({
      name: parameter.name, type: { text: parameter.type }, ...(parameter.optional ? { optional: true } : {}),
    })),
    return: { type: { text: method.return } },
  }));
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [{
      kind: 'javascript-module',
      path: MODULE,
      declarations: [{
        kind: 'class', customElement: true, name: api.name, tagName: api.tagName, description: api.description,
        superclass: { name: 'HTMLElement' },
        attributes: api.attributes.map((attribute) => ({
          name: attribute.name, fieldName: attribute.property, type: { text: attribute.type },
          description: attribute.description,
        })),
        members: fields.concat(methods),
        events: api.events.map((event) => ({
          name: event.name, type: { text: `CustomEvent<${event.detail}>` }, description: event.description,
        })),
        slots: api.slots,
        cssParts: api.cssParts,
        cssProperties: api.cssProperties,
      }],
      exports: [
        { kind: 'js', name: api.name, declaration: { name: api.name, module: MODULE } },
        { kind: 'custom-element-definition', name: api.tagName, declaration: { name: api.name, module: MODULE } },
      ],
    }],
  };
}

/** A description as a JSDoc comment, indented by `indent`. */
function doc(text, indent) {
  return `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n`;
}

function declarations() {
  const eventMap = `${api.name}EventMap`;
  let out = '// Generated from the element\'s API file (jupyter-kit-element/src/main/api/jupyter-notebook.json) by\n'
      + '// npm/src/build/element-api.mjs: edit that file, not this one.\n';
  out += "import type { Executor } from './index.js';\n\n";
  out += doc(`The events of <${api.tagName}>: they bubble and cross the shadow boundary.`, '');
  out += `export interface ${eventMap} {\n`;
  for (const event of api.events) {
    out += doc(event.description, '  ');
    out += `  '${event.name}': CustomEvent<${event.detail}>;\n`;
  }
  out += '}\n\n';
  out += doc(`<${api.tagName}>: ${api.description}`, '');
  out += `export interface ${api.name} extends HTMLElement {\n`;
  for (const attribute of api.attributes) {
    out += doc(`Attribute \`${attribute.name}\`. ${attribute.description}`, '  ');
    out += `  ${attribute.property}: ${attribute.type};\n`;
  }
  for (const property of api.properties) {
    out += doc(property.description, '  ');
    out += `  ${property.readonly ? 'readonly ' : ''}${property.name}: ${property.type};\n`;
  }
  for (const method of api.methods) {
    const parameters = method.parameters
        .map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type}`).join(', ');
    out += doc(method.description, '  ');
    out += `  ${method.name}(${parameters}): ${method.return};\n`;
  }
  out += `  addEventListener<K extends keyof ${eventMap}>(type: K,\n`
      + `      listener: (this: ${api.name}, event: ${eventMap}[K]) => any,\n`
      + '      options?: boolean | AddEventListenerOptions): void;\n'
      + '  addEventListener<K extends keyof HTMLElementEventMap>(type: K,\n'
      + `      listener: (this: ${api.name}, event: HTMLElementEventMap[K]) => any,\n`
      + '      options?: boolean | AddEventListenerOptions): void;\n'
      + '  addEventListener(type: string, listener: EventListenerOrEventListenerObject,\n'
      + '      options?: boolean | AddEventListenerOptions): void;\n'
      + `  removeEventListener<K extends keyof ${eventMap}>(type: K,\n`
      + `      listener: (this: ${api.name}, event: ${eventMap}[K]) => any,\n`
      + '      options?: boolean | EventListenerOptions): void;\n'
      + '  removeEventListener<K extends keyof HTMLElementEventMap>(type: K,\n'
      + `      listener: (this: ${api.name}, event: HTMLElementEventMap[K]) => any,\n`
      + '      options?: boolean | EventListenerOptions): void;\n'
      + '  removeEventListener(type: string, listener: EventListenerOrEventListenerObject,\n'
      + '      options?: boolean | EventListenerOptions): void;\n';
  out += '}\n\n';
  out += doc(`The element class, as registered for <${api.tagName}> (defineJupyterNotebook registers it under other`
      + ' names).', '');
  out += `export declare const ${api.name}: {\n  prototype: ${api.name};\n  new (): ${api.name};\n`
      + '  readonly observedAttributes: string[];\n};\n\n';
  out += 'declare global {\n  interface HTMLElementTagNameMap {\n'
      + `    '${api.tagName}': ${api.name};\n  }\n}\n`;
  return out;
}

mkdirSync(packageDir, { recursive: true });
writeFileSync(join(packageDir, 'custom-elements.json'), JSON.stringify(manifest(), null, 2) + '\n');
writeFileSync(join(packageDir, 'element.d.ts'), declarations());
