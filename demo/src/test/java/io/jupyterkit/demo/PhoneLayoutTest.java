package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** The gallery notebook on a 390 px wide phone: code gets the width, nothing overflows, targets stay touchable. */
class PhoneLayoutTest extends BrowserTestSupport {
  @AfterEach
  void wideAgain() {
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  private static Object inShadow(String expression) {
    return js("const root = document.getElementById('nb').shadowRoot;"
        + "const cell = (i) => root.querySelector('.cell[data-index=\"' + i + '\"]');"
        + "return " + expression + ";");
  }

  @Test
  void aPhoneGetsCodeAtFullWidthAndUsableControls() {
    driver.manage().window().setSize(new Dimension(390, 844));
    long width = (Long) js("return document.documentElement.clientWidth;");
    assertTrue(width <= 390, "the viewport is phone-sized: " + width);
    driver.get(server.url("/test/notebook.html?nb=rendering.ipynb"));
    await(20, () -> (Long) js("const el = document.getElementById('nb');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), count -> count == 13);
    assertTrue((Long) js("return document.documentElement.scrollWidth;") <= width, "no sideways scrolling");
    // The first code cell: its source spans (almost) the cell, its prompt sits above it.
    Double share = ((Number) inShadow("(c => c.querySelector('.source-box').getBoundingClientRect().width"
        + " / c.getBoundingClientRect().width)(root.querySelector('.code-cell'))")).doubleValue();
    assertTrue(share > 0.7, "code gets the width: " + share);
    assertEquals(Boolean.TRUE, inShadow("(c => c.querySelector('.input-prompt').getBoundingClientRect().bottom"
        + " <= c.querySelector('.source-box').getBoundingClientRect().top + 1)(root.querySelector('.code-cell'))"),
        "the prompt moved above the code");
    inShadow("root.querySelector('.code-cell').focus()");
    @SuppressWarnings("unchecked")
    List<String> small = (List<String>) inShadow("[...root.querySelectorAll('.toolbar button, .cell-toolbar button,"
        + " .cell-toolbar select, button.run, .add-cells button')].filter(b => b.offsetParent)"
        + ".map(b => [b.getAttribute('aria-label') || b.textContent, b.getBoundingClientRect()])"
        + ".filter(([, r]) => r.width < 24 || r.height < 24 || r.left < 0 || r.right > " + width + ")"
        + ".map(([name, r]) => name + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) + ' at ' + Math.round(r.left))");
    assertEquals(List.of(), small, "every control at least 24 px and on screen");
  }
}
