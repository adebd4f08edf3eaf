// What the module wrapper exports: the element calls it with its sanitiser and its math typesetter.
createWidgetPlugin = (sanitizer, typesetter) => WidgetsBundle.create(sanitizer, typesetter, jupyterKitWidgetsUrl);
