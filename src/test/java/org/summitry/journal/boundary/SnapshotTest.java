package org.summitry.journal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotTest {

  @Test
  void aSnapshotKeepsEveryFieldItsOrderAndItsTextExactly() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "Putin–Kim summit \"in\" Pyongyang </script><script>alert(1)</script>");
    fields.put("native", "김정은 · Ким Чен Ын");
    fields.put("participants", "kim-jong-un | Host\nvladimir-putin | Guest");
    fields.put("venue", null);
    fields.put("emoji", "🐕🐕 \u202e backwards");
    Map<String, String> back = Journal.fromJson(Journal.toJson(fields));
    assertEquals(List.copyOf(fields.keySet()), List.copyOf(back.keySet()));
    assertEquals(fields.get("title"), back.get("title"));
    assertEquals(fields.get("native"), back.get("native"));
    assertEquals(fields.get("participants"), back.get("participants"));
    assertEquals(fields.get("emoji"), back.get("emoji"));
    assertNull(back.get("venue"));
  }
}
