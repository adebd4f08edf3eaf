// What the module wrapper exports: the element calls it with its sanitiser.
createWidgetPlugin = (sanitizer) => WidgetsBundle.create(sanitizer, jupyterKitWidgetsUrl);
