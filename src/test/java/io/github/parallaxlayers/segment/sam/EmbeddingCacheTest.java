package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The encoder runs once per (pixels, model); memory LRU within its budget, files with cache=disk. */
class EmbeddingCacheTest {
    @TempDir
    static Path models;
    @TempDir
    Path cacheFolder;

    static SamModel model;
    static SamModel otherModel;

    @BeforeAll
    static void writeModels() throws Exception {
        Path decoder = SamFixtures.decoder(models, "decoder.onnx", new float[] {4f}, new float[] {0.8f});
        model = SamModels.open("fixture", SamFixtures.encoderNchw(models, "encoder.onnx", "input_image"), decoder,
                Device.CPU);
        otherModel = SamModels.open("fixture-x", SamFixtures.encoderNchw(models, "encoder-x.onnx", "x"), decoder,
                Device.CPU);
    }

    private static SamSession open(SamModel m, EmbeddingCache cache, CacheMode mode, Plate plate) {
        return new SamSegmenter(m, new SamSettings(Multimask.BEST, mode, cache)).openWhole(plate, ProgressListener.NONE);
    }

    @Test
    void theEncoderRunsOncePerPlateContentAndModel() {
        EmbeddingCache cache = new EmbeddingCache(64L << 20, cacheFolder);
        Plate plate = SamSegmenterTest.scene();
        open(model, cache, CacheMode.MEMORY, plate);
        open(model, cache, CacheMode.MEMORY, plate);
        open(model, cache, CacheMode.MEMORY, plate.copy());
        assertEquals(1, cache.encoderRuns(), "same pixels in another array: same key");
        assertEquals(2, cache.memoryHits());
        open(otherModel, cache, CacheMode.MEMORY, plate);
        assertEquals(2, cache.encoderRuns(), "another encoder file: another key");
        int[] changed = ((int[]) plate.pixels()).clone();
        changed[12345] ^= 1;
        open(model, cache, CacheMode.MEMORY, Plate.rgb(plate.width(), plate.height(), changed));
        assertEquals(3, cache.encoderRuns(), "one changed pixel: another key");
        open(model, cache, CacheMode.OFF, plate);
        open(model, cache, CacheMode.OFF, plate);
        assertEquals(5, cache.encoderRuns(), "cache=off encodes every time");
        assertNotEquals(PixelHash.of(plate), PixelHash.of(Plate.rgb(plate.width(), plate.height(), changed)));
    }

    @Test
    void theMemoryBudgetDropsTheLeastRecentlyUsedEmbedding() {
        long one = 256L * 64 * 64 * Float.BYTES + 64;
        EmbeddingCache cache = new EmbeddingCache(2 * one + 10, cacheFolder);
        Plate a = SamSegmenterTest.scene();
        Plate b = Plate.rgb(a.width(), a.height(), Plates.filled(a.width(), a.height(), Plates.RED));
        Plate c = Plate.rgb(a.width(), a.height(), Plates.filled(a.width(), a.height(), Plates.BLUE));
        open(model, cache, CacheMode.MEMORY, a);
        open(model, cache, CacheMode.MEMORY, b);
        open(model, cache, CacheMode.MEMORY, a); // a is now the most recent
        open(model, cache, CacheMode.MEMORY, c); // drops b
        assertEquals(2, cache.entries());
        assertEquals(2 * one, cache.usedBytes());
        assertEquals(3, cache.encoderRuns());
        open(model, cache, CacheMode.MEMORY, a);
        assertEquals(3, cache.encoderRuns(), "a stayed");
        open(model, cache, CacheMode.MEMORY, b);
        assertEquals(4, cache.encoderRuns(), "b was dropped");
    }

    @Test
    void aDiskCacheSurvivesANewSessionOfThePlugin() throws Exception {
        Plate plate = SamSegmenterTest.scene();
        EmbeddingCache first = new EmbeddingCache(64L << 20, cacheFolder);
        SamSession encoded = open(model, first, CacheMode.DISK, plate);
        assertEquals(1, first.encoderRuns());
        Path file = first.fileOf(EmbeddingCache.key(PixelHash.of(plate), model.encoder().model().sha256()));
        assertTrue(Files.isRegularFile(file), "written to " + file);
        EmbeddingCache restarted = new EmbeddingCache(64L << 20, cacheFolder);
        SamSession reloaded = open(model, restarted, CacheMode.DISK, plate);
        assertEquals(0, restarted.encoderRuns());
        assertEquals(1, restarted.diskHits());
        assertArrayEquals(encoded.embedding().feature(SamEncoder.EMBEDDING).values(),
                reloaded.embedding().feature(SamEncoder.EMBEDDING).values());
        Prompt click = Prompt.of(List.of(Click.positive(60, 150)));
        assertEquals(encoded.segment(click, ProgressListener.NONE).mask(),
                reloaded.segment(click, ProgressListener.NONE).mask());
        Files.write(file, new byte[] {1, 2, 3}); // a damaged file is a miss, then rewritten
        EmbeddingCache third = new EmbeddingCache(64L << 20, cacheFolder);
        open(model, third, CacheMode.DISK, plate);
        assertEquals(1, third.encoderRuns());
        assertTrue(Files.size(file) > 256L * 64 * 64 * 4);
    }

    @Test
    void cacheFilesFollowTheUmask() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews().contains("posix"));
        Path folder = cacheFolder.resolve("umask");
        EmbeddingCache cache = new EmbeddingCache(1L << 20, folder);
        String key = EmbeddingCache.key("pixels", "model");
        cache.get(key, CacheMode.DISK, () -> new Embedding(List.of(new Embedding.Feature("f", new long[] {2},
                new float[] {1, 2}))));
        // What a plain file write gives here, with this process's umask (createTempFile would give 600).
        Path plain = Files.writeString(folder.resolve("plain"), "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(cache.fileOf(key)));
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".part")).toList(), "no partial file");
        }
    }
}
