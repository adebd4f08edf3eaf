// What the module wrapper exports (declared in extras-bundle.externs.js, so that Closure keeps the names).
upgradeNotebook = (jsonText) => ExtrasBundle.upgradeNotebook(jsonText);
scopeSvgs = (fragment) => ExtrasBundle.scopeSvgs(fragment);
typesetMath = (katex, root, container) => ExtrasBundle.typesetMath(katex, root, container);
renumberMath = (root) => ExtrasBundle.renumberMath(root);
embedFrame = (iframe, allowRemoteResources, outputStyles) =>
    ExtrasBundle.embedFrame(iframe, allowRemoteResources, outputStyles);
