package io.github.parallaxlayers.imagej;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Help button of every dialog: the command's section of the macro reference (docs/macros.md, packaged in the
 * jar), as HTML for ImageJ's help window, so it works offline and always matches the installed version.
 */
final class HelpPages {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static volatile String reference;

    private HelpPages() {
    }

    /** The section of docs/macros.md whose heading names {@code title}, as {@code <html>…}; null when none does. */
    static String html(String title) {
        String section = section(reference(), title);
        if (section == null) {
            return null;
        }
        Parser parser = Parser.builder().extensions(EXTENSIONS).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
        return "<html><body>" + renderer.render(parser.parse(section))
                + "<p><i>From docs/macros.md of Parallax Layers.</i></p></body></html>";
    }

    /**
     * The markdown of the level-2 section headed {@code title}, or of the first one whose heading lists it among
     * others ("Set Layer Depth, Reorder Layers, Rename Layer"); up to the next level-2 heading.
     */
    static String section(String markdown, String title) {
        String[] lines = markdown.split("\n", -1);
        int start = -1;
        for (int pass = 0; pass < 2 && start < 0; pass++) {
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].startsWith("## ")) {
                    continue;
                }
                String heading = lines[i].substring(3).trim();
                boolean match = pass == 0 ? heading.equals(title)
                        : List.of(heading.split("\\s*(,|\\band\\b|\\()\\s*")).contains(title);
                if (match) {
                    start = i;
                    break;
                }
            }
        }
        if (start < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < lines.length && (i == start || !lines[i].startsWith("## ")); i++) {
            sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    private static String reference() {
        String text = reference;
        if (text == null) {
            try (InputStream in = HelpPages.class.getResourceAsStream("macros.md")) {
                text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reference = text;
        }
        return text;
    }
}
