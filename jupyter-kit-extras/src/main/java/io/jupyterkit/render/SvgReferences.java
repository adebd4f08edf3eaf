package io.jupyterkit.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The references inside one SVG, scoped to it. Matplotlib draws every glyph, tick and marker as a {@code <use>} of
 * a {@code <defs>} entry and clips with {@code clip-path="url(#…)"}; two figures on one page define the same ids
 * ({@code DejaVuSans-30}), so each SVG's ids get a prefix of their own and its references follow them. A reference
 * may only point at an id its own SVG defines: anything else (another SVG's id, a file, another origin,
 * {@code javascript:}) is dropped.
 */
public final class SvgReferences {
  /** The elements whose {@code href} is a link or an image (checked elsewhere), not a reference to a definition. */
  private static final String[] NOT_REFERENCES = {"a", "image", "feimage"};

  private final String prefix;
  private final Map<String, String> scoped = new HashMap<>();

  /** A scope whose ids are the {@code definedIds} of one SVG, renamed to {@code prefix + id}. */
  public SvgReferences(String prefix, List<String> definedIds) {
    this.prefix = prefix;
    for (String id : definedIds) {
      if (!id.isEmpty()) {
        scoped.put(id, prefix + id);
      }
    }
  }

  /** The new name of a defined id. */
  public String id(String original) {
    return prefix + original;
  }

  /**
   * The {@code href} (or {@code xlink:href}) that element {@code tagName} should have instead of {@code value}, or
   * null to remove it. References to this SVG's ids are renamed; links and images keep what is not such a reference.
   */
  public String href(String tagName, String value) {
    String target = fragmentId(value);
    if (target != null && scoped.containsKey(target)) {
      return "#" + scoped.get(target);
    }
    if (!isReferenceElement(tagName)) {
      return value;
    }
    return null;
  }

  /** {@code value} with each {@code url(#id)} of this SVG renamed and every other {@code url(…)} made {@code none}. */
  public String urls(String value) {
    return rewriteUrls(value, scoped);
  }

  /**
   * {@code value} with every {@code url(…)} that is not a same-document fragment made {@code none}: what is safe
   * before the SVG's ids are known (the browser fetches such a file as soon as the element exists in the page).
   */
  public static String withoutOutsideUrls(String value) {
    return rewriteUrls(value, null);
  }

  /** Whether {@code href} on element {@code tagName} names a definition, which must be in the same SVG. */
  public static boolean isOutsideReference(String tagName, String href) {
    return isReferenceElement(tagName) && fragmentId(href) == null;
  }

  private static boolean isReferenceElement(String tagName) {
    for (String tag : NOT_REFERENCES) {
      if (tag.equalsIgnoreCase(tagName)) {
        return false;
      }
    }
    return true;
  }

  /** With {@code ids} null, fragments are kept as they are; otherwise renamed, or made none when not in it. */
  private static String rewriteUrls(String value, Map<String, String> ids) {
    String lower = value.toLowerCase();
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (true) {
      int start = lower.indexOf("url(", from);
      if (start < 0) {
        return out.append(value, from, value.length()).toString();
      }
      int end = lower.indexOf(')', start);
      int after = end < 0 ? value.length() : end + 1;
      String inside = value.substring(start + 4, end < 0 ? value.length() : end).trim();
      if (inside.length() >= 2 && (inside.charAt(0) == '"' || inside.charAt(0) == '\'')
          && inside.charAt(inside.length() - 1) == inside.charAt(0)) {
        inside = inside.substring(1, inside.length() - 1).trim();
      }
      String target = end >= 0 && inside.indexOf('\\') < 0 ? fragmentId(inside) : null;
      out.append(value, from, start);
      if (target != null && ids == null) {
        out.append("url(#").append(target).append(')');
      } else if (target != null && ids.containsKey(target)) {
        out.append("url(#").append(ids.get(target)).append(')');
      } else {
        out.append("none");
      }
      from = after;
    }
  }

  /**
   * The text of a {@code <style>} in this SVG: its {@code url(#…)} as {@link #urls}, and its {@code #id} selectors
   * of this SVG's ids renamed (pygal, for one, styles its charts by the svg's id).
   */
  public String css(String text) {
    String value = urls(text);
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (true) {
      int hash = value.indexOf('#', from);
      if (hash < 0) {
        return out.append(value, from, value.length()).toString();
      }
      int end = hash + 1;
      while (end < value.length() && isNameChar(value.charAt(end))) {
        end++;
      }
      String name = value.substring(hash + 1, end);
      out.append(value, from, hash + 1).append(scoped.containsKey(name) ? scoped.get(name) : name);
      from = end;
    }
  }

  private static boolean isNameChar(char c) {
    return c == '-' || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || c > 0x7f;
  }

  /** A space-separated list of ids ({@code aria-labelledby}) with this SVG's ids renamed and others dropped. */
  public String idList(String value) {
    StringBuilder out = new StringBuilder();
    for (String token : Strings.split(value.trim(), ' ')) {
      if (scoped.containsKey(token)) {
        out.append(out.length() == 0 ? "" : " ").append(scoped.get(token));
      }
    }
    return out.toString();
  }

  /** The id a same-document reference ({@code #id}) names, or null for anything else. */
  public static String fragmentId(String reference) {
    String value = reference == null ? "" : reference.trim();
    return value.length() > 1 && value.charAt(0) == '#' ? value.substring(1) : null;
  }
}
