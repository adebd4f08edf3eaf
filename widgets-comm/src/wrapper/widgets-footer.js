
export { createWidgetPlugin };
