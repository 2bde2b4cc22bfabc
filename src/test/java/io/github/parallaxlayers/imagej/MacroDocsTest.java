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
        Map<String, List<Option<?>>> declarations = MacroDocs.declarations();
        assertTrue(declarations.keySet().containsAll(List.of(MacroDocs.POINT_MASK_TOOL, MacroDocs.DEPTH_MAP_OPTIONS)));
        List<String> tables = MacroDocs.tables(Files.readString(DOCS));
        assertEquals(List.copyOf(new java.util.TreeSet<>(declarations.keySet())),
                List.copyOf(new java.util.TreeSet<>(tables)), "one options table per command in docs/macros.md");
        assertEquals(tables.size(), new java.util.HashSet<>(tables).size(), "a command has two tables: " + tables);
    }

    @Test
    void tablesMatchTheDeclarations() throws Exception {
        String docs = Files.readString(DOCS);
        String generated = MacroDocs.regenerate(docs, MacroDocs.declarations());
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
        assertEquals(docs, MacroDocs.regenerate(broken, MacroDocs.declarations()));
        List<String> keys = new ArrayList<>();
        new FillMaskedAreaCommand().declaration().declared().forEach(o -> keys.add(o.key()));
        assertEquals(List.of("plate", "mask", "layers", "backend", "dilate", "device", "strategy", "model_file"), keys);
    }

    @Test
    void theToolsAndTheDepthMapTablesAreCheckedToo() throws Exception {
        String docs = Files.readString(DOCS);
        String toolRow = "| `backend` | `classic` | the click segmenter";
        String depthRow = "| `kind` | `disparity` | `disparity`: larger = nearer";
        assertTrue(docs.contains(toolRow) && docs.contains(depthRow), "the Point Mask Tool and depth map tables");
        String broken = docs.replace(toolRow, "| `backend` | `mobile-sam` | the click segmenter")
                .replace(depthRow, "| `kind` | `depth` | `disparity`: larger = nearer");
        assertEquals(docs, MacroDocs.regenerate(broken, MacroDocs.declarations()));
        String missing = docs.replace("| `zero_unknown` | off | flag: 0 means \"no measurement\" (Middlebury "
                + "disparity, most LiDAR exports); without it a disparity of 0 is infinitely far |\n"
                + "<!-- /options -->\n\n## Order Layers by Depth", "<!-- /options -->\n\n## Order Layers by Depth");
        assertFalse(missing.equals(docs), "the depth map table ends with zero_unknown");
        assertTrue(MacroDocs.regenerate(missing, MacroDocs.declarations()).contains(MacroDocs.MISSING),
                "a declared key missing from the table is put back, without its meaning");
    }
}
