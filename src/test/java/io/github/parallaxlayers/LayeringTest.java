package io.github.parallaxlayers;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layering of docs/architecture.md, kept by a scan of the sources: ImageJ ({@code ij.}) is used only by the
 * commands ({@code imagej}), their SciJava twins ({@code scijava}) and the headless runtime ({@code headless}); the
 * algorithm packages below them get primitive arrays and know nothing of ImageJ, SciJava or imglib2 (which stay in
 * {@code scijava} and {@code imglib2}), and none of them reaches up into the command layer.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/io/github/parallaxlayers");
    private static final Set<String> IMAGEJ_LAYER = Set.of("imagej", "headless", "scijava");
    /** SciJava and imglib2 (issue 21) each stay in their own package: the algorithms need neither. */
    private static final Map<String, String> FOREIGN_LIBRARIES = Map.of("org.scijava.", "scijava", "net.imglib2.",
            "imglib2");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)[\\w.*]*;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED_IJ = Pattern.compile("(?<![\\w.])ij\\.[a-z]*\\.?[A-Z]\\w*");

    @Test
    void onlyTheCommandAndHeadlessPackagesUseImageJ() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
            if (IMAGEJ_LAYER.contains(pkg.split("\\.")[0])) {
                continue;
            }
            String code = Files.readString(file);
            Matcher m = IMPORT.matcher(code);
            while (m.find()) {
                String imported = m.group(1);
                if (imported.startsWith("ij.") || imported.startsWith("io.github.parallaxlayers.imagej")
                        || imported.startsWith("io.github.parallaxlayers.headless") && !pkg.equals("cli")) {
                    offences.add(MAIN.relativize(file) + " imports " + imported);
                }
            }
            // a class name in a string (the batch worker's class-path lookup) is no use of the type
            Matcher q = QUALIFIED_IJ.matcher(withoutComments(code).replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\""));
            while (q.find()) {
                offences.add(MAIN.relativize(file) + " names " + q.group());
            }
        }
        assertEquals(List.of(), offences, "ImageJ types belong in packages imagej, headless and scijava only");
    }

    @Test
    void sciJavaAndImgLib2StayInTheirOwnPackages() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String imported = m.group(1);
                FOREIGN_LIBRARIES.forEach((prefix, home) -> {
                    if (imported.startsWith(prefix) && !pkg.equals(home)) {
                        offences.add(MAIN.relativize(file) + " imports " + imported);
                    }
                });
            }
        }
        assertEquals(List.of(), offences, "org.scijava belongs in package scijava, net.imglib2 in imglib2");
    }

    @Test
    void theScanSeesImageJWhereItIs() throws IOException {
        long users = 0;
        for (Path file : sources()) {
            if (Files.readString(file).contains("import ij.")) {
                users++;
                assertTrue(IMAGEJ_LAYER.contains(MAIN.relativize(file).getName(0).toString()), file.toString());
            }
        }
        assertTrue(users > 20, "the scan found only " + users + " ImageJ users: is it reading the sources?");
    }

    @Test
    void everyPackageHasAMap() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> list = Files.list(dir)) {
                    hasJava = list.anyMatch(p -> p.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(dir.resolve("package-info.java"))) {
                    missing.add(dir.toString());
                }
            }
        }
        assertEquals(List.of(), missing, "packages without package-info.java (entry points, who uses them)");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }
}
