package io.github.parallaxlayers.batch;

import io.github.parallaxlayers.core.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shard {@code index} of {@code count} (1-based): every count-th plate of the sorted list, starting at the
 * index-th. Dealing plates round-robin keeps shards equal in size and mixes the expensive and cheap stretches of a
 * sequence; it depends only on the sorted list, so every array task picks the same split.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new InvalidInputException("--shard " + index + "/" + count + " is not valid; give I/N with "
                    + "1 <= I <= N, e.g. --shard 2/4.");
        }
    }

    public static Shard parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new InvalidInputException("--shard '" + text + "' is not valid; give I/N with 1 <= I <= N, "
                    + "e.g. --shard 2/4.");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public <T> List<T> select(List<T> sorted) {
        List<T> mine = new ArrayList<>();
        for (int k = index - 1; k < sorted.size(); k += count) {
            mine.add(sorted.get(k));
        }
        return mine;
    }

    /** The form used in file names: {@code 2-of-4}. */
    public String fileForm() {
        return index + "-of-" + count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
