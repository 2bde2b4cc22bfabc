package io.github.parallaxlayers.batch;

import io.github.parallaxlayers.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlateDiscoveryTest {
    @TempDir
    Path temp;

    private void touch(String... names) throws Exception {
        for (String name : names) {
            Path file = temp.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[] {1});
        }
    }

    private static List<String> names(List<BatchPlate> plates) {
        return plates.stream().map(BatchPlate::name).toList();
    }

    @Test
    void folderGivesItsImagesInNaturalOrder() throws Exception {
        touch("shot_10.tif", "shot_9.tif", "shot_1.tif", "shot_100.tif", "notes.txt", ".hidden.png", "a.JPG");
        Files.createDirectories(temp.resolve("sub.png"));
        List<BatchPlate> plates = PlateDiscovery.discover(temp.toString());
        assertEquals(List.of("a", "shot_1", "shot_9", "shot_10", "shot_100"), names(plates));
        assertEquals(temp.resolve("shot_9.tif").toAbsolutePath(), plates.get(2).file());
    }

    @Test
    void zeroPaddedSequenceKeepsFrameOrder() throws Exception {
        touch("f0002.png", "f0010.png", "f0001.png", "f0100.png");
        assertEquals(List.of("f0001", "f0002", "f0010", "f0100"), names(PlateDiscovery.discover(temp.toString())));
    }

    @Test
    void globMatchesFilesInOneFolderOrATree() throws Exception {
        touch("a/x2.png", "a/x10.png", "a/x1.tif", "a/b/x3.png", "a/b/c/y.png");
        assertEquals(List.of("x2", "x10"), names(PlateDiscovery.discover(temp + "/a/*.png")));
        // Path order: a/b/c/y.png before a/b/x3.png.
        assertEquals(List.of("y", "x3"), names(PlateDiscovery.discover(temp + "/a/**/*.png")));
        assertEquals(List.of("x1", "x2"), names(PlateDiscovery.discover(temp + "/a/x?.*")));
    }

    @Test
    void badInputsAreOneClearLine() throws Exception {
        touch("same.png", "same.tif", "empty/readme.txt");
        InvalidInputException clash = assertThrows(InvalidInputException.class,
                () -> PlateDiscovery.discover(temp.toString()));
        assertTrue(clash.getMessage().contains("would share the output folder 'same'"), clash.getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> PlateDiscovery.discover(temp.resolve("nope")
                .toString())).getMessage().contains("does not exist"));
        assertTrue(assertThrows(InvalidInputException.class, () -> PlateDiscovery.discover(temp.resolve("empty")
                .toString())).getMessage().contains("holds no images"));
        assertTrue(assertThrows(InvalidInputException.class, () -> PlateDiscovery.discover(temp + "/*.exr"))
                .getMessage().startsWith("No plates match"));
        assertTrue(assertThrows(InvalidInputException.class, () -> PlateDiscovery.discover(" "))
                .getMessage().contains("--input"));
    }

    @Test
    void naturalOrderIsATotalOrder() {
        List<String> names = new ArrayList<>(List.of("f1", "f01", "f001", "f10", "f2", "F2", "f", "f1a", "f1b"));
        names.sort(NaturalOrder::compare);
        assertEquals(List.of("F2", "f", "f001", "f01", "f1", "f1a", "f1b", "f2", "f10"), names);
    }

    @Test
    void shardsPartitionTheListStably() {
        List<Integer> plates = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            plates.add(i);
        }
        Set<Integer> seen = new HashSet<>();
        int total = 0;
        for (int i = 1; i <= 4; i++) {
            List<Integer> mine = Shard.parse(i + "/4").select(plates);
            assertTrue(mine.size() == 2 || mine.size() == 3);
            total += mine.size();
            seen.addAll(mine);
        }
        assertEquals(11, total);
        assertEquals(11, seen.size());
        assertEquals(List.of(1, 5, 9), Shard.parse(" 2 / 4 ").select(plates));
        assertEquals(plates, Shard.ALL.select(plates));
        for (String bad : List.of("0/4", "5/4", "2", "a/b", "1/0", "-1/3")) {
            assertTrue(assertThrows(InvalidInputException.class, () -> Shard.parse(bad)).getMessage()
                    .contains("1 <= I <= N"), bad);
        }
    }
}
