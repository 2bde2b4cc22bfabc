package io.github.parallaxlayers;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Fiji layout after {@code mvn package} (run by {@code mvn verify}, execution {@code fiji-layout}), as the Fiji
 * updater uploads it: {@code target/fiji/jars/} holds no artifact that pom-scijava (Fiji's version list, the BOM this
 * build imports) manages, since Fiji already ships it and a second copy of another version breaks plugins; every
 * file name carries its version (the updater strips it to know which file replaces which); and
 * {@code plugins/} holds the plugin jar alone.
 */
class FijiLayoutIT {
    private static final Path FIJI = Path.of("target/fiji");
    private static final Pattern VERSIONED = Pattern.compile("(.+?)-(\\d[\\w.]*(?:-[\\w.]+)*)\\.jar");

    @Test
    void jarsHoldsNothingFijiManages() throws Exception {
        Set<String> managed = managedArtifacts();
        assertTrue(managed.size() > 500, "read only " + managed.size() + " managed artifacts from pom-scijava");
        assertTrue(managed.contains("com.fasterxml.jackson.core:jackson-databind"), "the BOM manages Jackson");
        List<String> duplicates = new ArrayList<>();
        List<Path> jars = jars(FIJI.resolve("jars"));
        for (Path jar : jars) {
            String coordinates = coordinates(jar);
            if (coordinates != null ? managed.contains(coordinates) : managedByName(managed, jar)) {
                duplicates.add(jar.getFileName() + (coordinates != null ? " (" + coordinates + ")" : ""));
            }
        }
        assertEquals(List.of(), duplicates, "jars Fiji already ships (managed by pom-scijava): leave them out of "
                + "target/fiji/jars (maven-dependency-plugin's excludeGroupIds/excludeArtifactIds in pom.xml)");
        Set<String> names = new TreeSet<>();
        jars.forEach(j -> names.add(artifactId(j)));
        assertTrue(names.contains("onnxruntime") || names.contains("onnxruntime_gpu"), "ONNX Runtime: " + names);
    }

    @Test
    void everyFileNameCarriesItsVersion() throws IOException {
        List<Path> files = new ArrayList<>(jars(FIJI.resolve("jars")));
        files.addAll(jars(FIJI.resolve("plugins")));
        assertTrue(files.size() >= 2, "nothing in target/fiji: run mvn package first");
        for (Path file : files) {
            assertTrue(VERSIONED.matcher(file.getFileName().toString()).matches(), file + " has no version");
        }
        List<Path> plugins = jars(FIJI.resolve("plugins"));
        assertEquals(1, plugins.size(), "plugins/ holds the plugin jar alone: " + plugins);
        assertTrue(plugins.get(0).getFileName().toString().startsWith("Parallax_Layers-"), plugins.toString());
    }

    /** groupId:artifactId of every dependency pom-scijava manages. */
    private static Set<String> managedArtifacts() throws Exception {
        String pom = System.getProperty("parallax.pomScijava");
        assertTrue(pom != null && Files.isRegularFile(Path.of(pom)), "pom-scijava's pom not found at " + pom
                + " (failsafe passes -Dparallax.pomScijava)");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        var document = factory.newDocumentBuilder().parse(Path.of(pom).toFile());
        Set<String> managed = new TreeSet<>();
        NodeList sections = document.getElementsByTagName("dependencyManagement");
        for (int s = 0; s < sections.getLength(); s++) {
            NodeList dependencies = ((Element) sections.item(s)).getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element d = (Element) dependencies.item(i);
                managed.add(text(d, "groupId") + ":" + text(d, "artifactId"));
            }
        }
        return managed;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    /** groupId:artifactId from the jar's own Maven metadata, or null when it has none. */
    private static String coordinates(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            var entry = file.stream().filter(e -> e.getName().startsWith("META-INF/maven/")
                    && e.getName().endsWith("/pom.properties")).findFirst();
            if (entry.isEmpty()) {
                return null;
            }
            Properties properties = new Properties();
            try (InputStream in = file.getInputStream(entry.get())) {
                properties.load(in);
            }
            return properties.getProperty("groupId") + ":" + properties.getProperty("artifactId");
        }
    }

    private static boolean managedByName(Set<String> managed, Path jar) {
        String artifact = artifactId(jar);
        return managed.stream().anyMatch(m -> m.endsWith(":" + artifact));
    }

    private static String artifactId(Path jar) {
        Matcher m = VERSIONED.matcher(jar.getFileName().toString());
        return m.matches() ? m.group(1) : jar.getFileName().toString();
    }

    private static List<Path> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
