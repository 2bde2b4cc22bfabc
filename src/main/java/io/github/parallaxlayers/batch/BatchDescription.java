package io.github.parallaxlayers.batch;

import java.util.List;

/** What a batch runs, as the manifest records it. */
record BatchDescription(String macro, String input, List<String> arguments) {
}
