package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MathAndUrlTest {
  private static String describe(MathExtractor result) {
    StringBuilder out = new StringBuilder(result.text());
    for (MathExtractor.Math math : result.math()) {
      out.append(" | ").append(math.display() ? "D:" : "I:").append(math.tex());
    }
    return out.toString();
  }

  @Test
  void extractsEveryKindOfMath() {
    assertEquals("Euler @@0@@ and @@1@@ | I:e^{i\\pi}+1=0 | D:\\sum_{n=1}^\\infty a_n",
        describe(MathExtractor.extract("Euler $e^{i\\pi}+1=0$ and $$\\sum_{n=1}^\\infty a_n$$")));
    assertEquals("@@0@@ @@1@@ | I:x_1 | D:y_2", describe(MathExtractor.extract("\\(x_1\\) \\[y_2\\]")));
    assertEquals("@@0@@ | D:\\begin{align}a&=b\\\\c&=d\\end{align}",
        describe(MathExtractor.extract("\\begin{align}a&=b\\\\c&=d\\end{align}")));
  }

  @Test
  void leavesMoneyCodeAndEscapesAlone() {
    assertEquals("costs $5 and $10", describe(MathExtractor.extract("costs $5 and $10")));
    assertEquals("`$x$` and @@0@@ | I:y", describe(MathExtractor.extract("`$x$` and $y$")));
    String fenced = "```\n$a_1$\n```\n$b$";
    assertEquals("```\n$a_1$\n```\n@@0@@ | I:b", describe(MathExtractor.extract(fenced)));
    assertEquals("a \\$ b", describe(MathExtractor.extract("a \\$ b")));
    assertEquals("$ spaced $", describe(MathExtractor.extract("$ spaced $")));
    assertEquals("unclosed $x", describe(MathExtractor.extract("unclosed $x")));
  }

  @Test
  void latexOutputsLoseTheirDelimiters() {
    assertEquals("x^2", MathExtractor.latexOutput(" $$x^2$$ ").tex());
    assertTrue(MathExtractor.latexOutput("$$x^2$$").display());
    assertFalse(MathExtractor.latexOutput("$y$").display());
    assertEquals("z", MathExtractor.latexOutput("\\(z\\)").tex());
    assertEquals("\\begin{equation}a\\end{equation}",
        MathExtractor.latexOutput("\\begin{equation}a\\end{equation}").tex());
  }

  @Test
  void remoteUrlsAreAnythingFetchedFromAnotherOrigin() {
    String origin = "http://127.0.0.1:8000";
    assertTrue(RemoteUrls.isRemote("https://evil.test/x.png", origin));
    assertTrue(RemoteUrls.isRemote("//evil.test/x.png", origin));
    assertTrue(RemoteUrls.isRemote(" HTTP://evil.test", origin));
    assertTrue(RemoteUrls.isRemote("ht\ttp://evil.test", origin));
    assertTrue(RemoteUrls.isRemote("ftp://evil.test/x", origin));
    assertFalse(RemoteUrls.isRemote("http://127.0.0.1:8000/img.png", origin));
    assertTrue(RemoteUrls.isRemote("http://127.0.0.1:8000.evil.test/img.png", origin));
    assertFalse(RemoteUrls.isRemote("data:image/png;base64,AAAA", origin));
    assertFalse(RemoteUrls.isRemote("images/a.png", origin));
    assertFalse(RemoteUrls.isRemote("/images/a:b.png", origin));
    assertFalse(RemoteUrls.isRemote("#section", origin));
  }

  @Test
  void cssThatFetchesRemotelyIsDetected() {
    String origin = "http://127.0.0.1:8000";
    assertTrue(RemoteUrls.cssIsRemote("div{background:url('https://evil.test/a.png')}", origin));
    assertTrue(RemoteUrls.cssIsRemote("@import 'x.css';", origin));
    assertTrue(RemoteUrls.cssIsRemote("a{background:URL(//evil.test)}", origin));
    assertTrue(RemoteUrls.cssIsRemote("a{background:url(\\68ttps://evil.test)}", origin));
    assertFalse(RemoteUrls.cssIsRemote(".dataframe td{text-align:right}", origin));
    assertFalse(RemoteUrls.cssIsRemote("a{background:url(data:image/png;base64,AA)}", origin));
  }
}
