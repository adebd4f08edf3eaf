package io.jupyterkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void parsesAndWritesBackTheSameText() {
    String text = "{\"a\":[1,2.5,-3e2,true,false,null],\"b\":{\"c\":\"d\"},\"e\":\"\"}";
    assertEquals("{\"a\":[1,2.5,-300,true,false,null],\"b\":{\"c\":\"d\"},\"e\":\"\"}",
        JsonWriter.write(JsonParser.parse(text)));
  }

  @Test
  void wholeNumbersAreWrittenWithoutADecimalPoint() {
    String text = "[0,-5,1000000000,1234567890123,-9007199254740991,1000000007,2.5,-0.125]";
    assertEquals(text, JsonWriter.write(JsonParser.parse(text)));
  }

  @Test
  void largeObjectsKeepOrderAndFindEveryMemberAfterReplacingAndRemoving() {
    JsonObject object = new JsonObject();
    for (int i = 0; i < 100; i++) {
      object.put("k" + i, i);
    }
    object.put("k50", "replaced");
    assertEquals("replaced", object.getString("k50", null));
    assertEquals(99, (int) object.getInt("k99"));
    object.remove("k0");
    assertEquals(99, object.size());
    assertEquals("k1", object.keys().get(0));
    assertEquals(42, (int) object.getInt("k42"));
    assertNull(object.get("k0"));
    object.put("k0", 0);
    assertEquals("k0", object.keys().get(99));
  }

  @Test
  void keepsKeyOrder() {
    JsonObject object = JsonParser.parse("{\"z\":1,\"a\":2,\"m\":3}").asObject();
    assertEquals("[z, a, m]", object.keys().toString());
  }

  @Test
  void escapesRoundTrip() {
    String tricky = "quote\" backslash\\ newline\n tab\t nul\u0000 line-sep\u2028 é 😀";
    JsonValue parsed = JsonParser.parse(JsonWriter.write(new JsonString(tricky)));
    assertEquals(tricky, parsed.asString());
    assertTrue(JsonWriter.write(new JsonString("\u2028")).contains("\\u2028"));
  }

  @Test
  void indentedOutputIsStillJson() {
    JsonValue value = JsonParser.parse("{\"a\":[1,{\"b\":[]}],\"c\":{}}");
    String indented = JsonWriter.write(value, " ");
    assertTrue(indented.contains("\n \"a\": [\n  1,"), indented);
    assertEquals(JsonWriter.write(value), JsonWriter.write(JsonParser.parse(indented)));
  }

  @Test
  void rejectsWhatIsNotJsonWithAPosition() {
    JsonException error = assertThrows(JsonException.class, () -> JsonParser.parse("{\"a\": [1, 2}"));
    assertTrue(error.getMessage().contains("offset 11"), error.getMessage());
    assertThrows(JsonException.class, () -> JsonParser.parse("{'a': 1}"));
    assertThrows(JsonException.class, () -> JsonParser.parse("[1] x"));
    assertThrows(JsonException.class, () -> JsonParser.parse("\"unterminated"));
    assertThrows(JsonException.class, () -> JsonParser.parse(""));
  }

  @Test
  void refusesNestingDeepEnoughToExhaustTheStack() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThrows(JsonException.class, () -> JsonParser.parse(deep));
  }

  @Test
  void accessorsAnswerNeutrallyForTheWrongKind() {
    JsonObject object = JsonParser.parse("{\"n\":\"not a number\",\"i\":3,\"f\":3.5}").asObject();
    assertNull(object.getInt("n"));
    assertEquals(3, object.getInt("i"));
    assertNull(object.getInt("f"));
    assertNull(object.getObject("i"));
    assertEquals("x", object.getString("missing", "x"));
    assertTrue(new JsonArray().get(7).isNull());
  }

  @Test
  void theJvmHoldsValuesInJavaCollections() {
    assertFalse(JsValues.BROWSER);
    assertNull(new JsonObject().jsValue());
    assertNull(new JsonArray().jsValue());
    assertEquals("text", new JsonString("text").jsValue());
    assertEquals(2.5, new JsonNumber(2.5).jsValue());
    assertNull(new JsonNumber(Double.NaN).jsValue(), "JSON has no NaN");
    assertEquals(Boolean.TRUE, JsonBoolean.TRUE.jsValue());
    assertNull(JsonNull.INSTANCE.jsValue());
  }

  @Test
  void aChildPutIntoAnObjectIsSharedSoLaterChangesShowInTheParent() {
    JsonObject child = new JsonObject();
    JsonObject parent = new JsonObject().put("child", child);
    JsonArray list = new JsonArray();
    parent.put("list", list);
    child.put("late", 1);
    list.add("item");
    assertEquals("{\"child\":{\"late\":1},\"list\":[\"item\"]}", parent.toString());
  }

  @Test
  void aReplacedMemberKeepsItsPlaceAndARemovedOneComesBackLast() {
    JsonObject object = new JsonObject().put("a", 1).put("b", 2).put("c", 3);
    object.put("a", "again");
    assertEquals("[a, b, c]", object.keys().toString());
    assertEquals(2, object.remove("b").asNumber());
    assertNull(object.remove("b"));
    object.put("b", true);
    assertEquals("{\"a\":\"again\",\"c\":3,\"b\":true}", object.toString());
  }

  @Test
  void keysAreASnapshotThatSurvivesRemovingWhileIterating() {
    JsonObject object = new JsonObject().put("a", 1).put("b", 2).put("c", 3);
    for (String key : object.keys()) {
      if (!key.equals("b")) {
        object.remove(key);
      }
    }
    assertEquals("{\"b\":2}", object.toString());
  }

  @Test
  void itemsIsALiveViewOfTheArray() {
    JsonArray array = new JsonArray().add("a").add("c");
    List<JsonValue> items = array.items();
    items.add(1, new JsonString("b"));
    items.add(new JsonNumber(4));
    assertEquals("[\"a\",\"b\",\"c\",4]", array.toString());
    assertEquals("b", items.remove(1).asString());
    items.set(0, JsonNull.INSTANCE);
    assertEquals("[null,\"c\",4]", array.toString());
    assertEquals(3, array.size());
    assertEquals("[c]", array.strings().toString());
  }

  @Test
  void aCopyIsDeepAndChangesToItLeaveTheOriginal() {
    JsonObject original = JsonParser.parse("{\"a\":{\"b\":[1,{\"c\":\"d\"}]},\"e\":null}").asObject();
    JsonObject copy = original.copy();
    assertEquals(original.toString(), copy.toString());
    copy.getObject("a").getArray("b").get(1).asObject().put("c", "changed");
    copy.getObject("a").getArray("b").add(new JsonNumber(3));
    copy.put("f", true);
    assertEquals("{\"a\":{\"b\":[1,{\"c\":\"d\"}]},\"e\":null}", original.toString());
    JsonString text = new JsonString("shared");
    assertTrue(text.copy() == text, "immutable values are not copied");
  }

  @Test
  void numbersReadAsIntsOnlyWhenWholeAndInRange() {
    JsonObject object = JsonParser.parse("{\"i\":-7,\"big\":3000000000,\"exp\":1e3,\"neg0\":-0.0}").asObject();
    assertEquals(-7, object.getInt("i"));
    assertNull(object.getInt("big"));
    assertEquals(1000, object.getInt("exp"));
    assertEquals(0, object.getInt("neg0"));
    assertEquals("{\"i\":-7,\"big\":3000000000,\"exp\":1000,\"neg0\":0}", object.toString());
  }
}
