package dev.vpcsim.trace;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/model.md lists every assumption with the same id and text the traces print. */
class AssumptionDocsTest {

    @Test
    void everyAssumptionIsDocumentedVerbatim() throws Exception {
        Path doc = Path.of("..", "docs", "model.md");
        String text = Files.readString(doc);
        Set<String> ids = new HashSet<>();
        for (Assumption a : Assumption.values()) {
            assertTrue(ids.add(a.id()), "unique id " + a.id());
            assertTrue(text.contains("| `" + a.id() + "` | " + a.origin() + " | " + a.text() + " |"),
                    "docs/model.md lists " + a.id() + " verbatim");
            assertTrue(a.line().startsWith("ASSUMPTION " + a.id() + ": "));
        }
    }
}
