package io.github.parallaxlayers.imagej;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/macros.md and the commands' declarations agree: every command has its generated option table, with the
 * declared keys in order and their defaults. To regenerate the tables after changing a declaration:
 * {@code mvn -o test -Dtest=MacroDocsTest -Dparallax.writeDocs=true}, then write the meaning of any new key.
 */
class MacroDocsTest {
    private static final Path DOCS = Path.of("docs/macros.md");

    @Test
    void everyCommandHasOneGeneratedTable() throws Exception {
        Map<String, ParallaxCommand> commands = MacroDocs.commands();
        assertTrue(commands.size() >= 22, "commands found in plugins.config: " + commands.keySet());
        List<String> tables = MacroDocs.tables(Files.readString(DOCS));
        assertEquals(List.copyOf(new java.util.TreeSet<>(commands.keySet())),
                List.copyOf(new java.util.TreeSet<>(tables)), "one options table per command in docs/macros.md");
        assertEquals(tables.size(), new java.util.HashSet<>(tables).size(), "a command has two tables: " + tables);
    }

    @Test
    void tablesMatchTheDeclarations() throws Exception {
        String docs = Files.readString(DOCS);
        String generated = MacroDocs.regenerate(docs, MacroDocs.commands());
        if (Boolean.getBoolean("parallax.writeDocs") && !generated.equals(docs)) {
            Files.writeString(DOCS, generated);
            docs = generated;
        }
        assertEquals(generated, docs, "docs/macros.md disagrees with the commands' declarations: run "
                + "mvn -o test -Dtest=MacroDocsTest -Dparallax.writeDocs=true and review the diff");
        assertFalse(docs.contains(MacroDocs.MISSING), "docs/macros.md: an option has no meaning yet");
    }

    @Test
    void aChangedDefaultIsCaught() throws Exception {
        String docs = Files.readString(DOCS);
        String broken = docs.replace("| `dilate` | `3` |", "| `dilate` | `5` |");
        assertFalse(broken.equals(docs), "the Fill Masked Area table lists dilate with default 3");
        assertEquals(docs, MacroDocs.regenerate(broken, MacroDocs.commands()));
        List<String> keys = new ArrayList<>();
        new FillMaskedAreaCommand().declaration().declared().forEach(o -> keys.add(o.key()));
        assertEquals(List.of("plate", "mask", "layers", "backend", "dilate", "device", "strategy", "model_file"), keys);
    }
}
