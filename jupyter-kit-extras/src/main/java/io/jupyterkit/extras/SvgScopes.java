package io.jupyterkit.extras;

import elemental2.dom.Attr;
import elemental2.dom.DocumentFragment;
import elemental2.dom.Element;
import elemental2.dom.NodeList;
import io.jupyterkit.render.SvgReferences;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every outermost {@code <svg>} of sanitised content ids of its own and makes its references follow them
 * (see {@link SvgReferences}), so that several figures in one shadow root each draw their own glyphs and clips;
 * references to anything outside the SVG (another file, another SVG) are dropped. Runs on DOMPurify's inert
 * fragment, before it enters the page, so nothing named there is ever fetched.
 */
final class SvgScopes {
  private static final String BLOCKED_NOTE = "data-jk-blocked";

  private static int scopes;

  private SvgScopes() {}

  static void apply(DocumentFragment fragment) {
    NodeList<Element> svgs = fragment.querySelectorAll("svg");
    for (int i = 0; i < svgs.length; i++) {
      Element svg = svgs.getAt(i);
      Element parent = svg.parentElement;
      if (parent == null || parent.closest("svg") == null) {
        scope(svg);
      }
    }
  }

  private static void scope(Element svg) {
    List<Element> elements = new ArrayList<>();
    elements.add(svg);
    NodeList<Element> inside = svg.querySelectorAll("*");
    for (int i = 0; i < inside.length; i++) {
      elements.add(inside.getAt(i));
    }
    for (Element element : elements) {
      blockOutsideReferences(element);
    }
    List<String> ids = new ArrayList<>();
    for (Element element : elements) {
      if (element.hasAttribute("id")) {
        ids.add(element.getAttribute("id"));
      }
    }
    SvgReferences references = new SvgReferences("jk-svg" + (++scopes) + "-", ids);
    for (Element element : elements) {
      rewrite(element, references);
    }
  }

  /** An element of the SVG may refer only to definitions in its own SVG ({@code #id}; {@link #rewrite} checks which). */
  private static void blockOutsideReferences(Element element) {
    for (String attribute : new String[] {"href", "xlink:href"}) {
      if (element.hasAttribute(attribute)
          && SvgReferences.isOutsideReference(element.localName, element.getAttribute(attribute))) {
        element.removeAttribute(attribute);
        element.setAttribute(BLOCKED_NOTE, "outside reference");
      }
    }
    for (int i = 0; i < element.attributes.length; i++) {
      Attr attribute = element.attributes.getAt(i);
      if (attribute.value.toLowerCase().contains("url(")) {
        attribute.value = SvgReferences.withoutOutsideUrls(attribute.value);
      }
    }
    if ("style".equalsIgnoreCase(element.localName) && element.textContent != null) {
      element.textContent = SvgReferences.withoutOutsideUrls(element.textContent);
    }
  }

  private static void rewrite(Element element, SvgReferences references) {
    List<Attr> attributes = new ArrayList<>();
    for (int i = 0; i < element.attributes.length; i++) {
      attributes.add(element.attributes.getAt(i));
    }
    for (Attr attribute : attributes) {
      String name = attribute.name.toLowerCase();
      String value = attribute.value;
      String rewritten = value;
      if (name.equals("id")) {
        rewritten = value.isEmpty() ? value : references.id(value);
      } else if (name.equals("href") || name.equals("xlink:href")) {
        rewritten = references.href(element.localName, value);
      } else if (name.equals("aria-labelledby") || name.equals("aria-describedby")) {
        rewritten = references.idList(value);
      } else if (value.toLowerCase().contains("url(")) {
        rewritten = references.urls(value);
      }
      if (rewritten == null) {
        element.removeAttribute(attribute.name);
      } else if (!rewritten.equals(value)) {
        attribute.value = rewritten;
      }
    }
    if ("style".equalsIgnoreCase(element.localName) && element.textContent != null
        && element.textContent.indexOf('#') >= 0) {
      element.textContent = references.css(element.textContent);
    }
  }
}
