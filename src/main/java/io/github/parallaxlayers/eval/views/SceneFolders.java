package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The scene folders of a view data set, found the same way for every layout. */
final class SceneFolders {
    private SceneFolders() {
    }

    /**
     * {@code root} itself when it is a scene, else its sub-folders in name order.
     *
     * @param howToMakeSome the end of the one line given when there are none, after "holds no scene folders: "
     */
    static List<Path> under(Path root, Predicate<Path> isScene, String howToMakeSome) {
        List<Path> folders = new ArrayList<>();
        if (isScene.test(root)) {
            folders.add(root);
        } else {
            try (Stream<Path> s = Files.list(root)) {
                s.filter(Files::isDirectory).sorted().forEach(folders::add);
            } catch (IOException e) {
                throw new InvalidInputException("Cannot list " + root + ": " + e.getMessage(), e);
            }
        }
        if (folders.isEmpty()) {
            throw new InvalidInputException(root + " holds no scene folders: " + howToMakeSome);
        }
        return folders;
    }
}
