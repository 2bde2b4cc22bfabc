package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Lazy;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Image embeddings keyed by (pixel-content hash, encoder model sha256), so the encoder runs once per plate and
 * model: in memory, least recently used first out when the memory budget is full, and with {@link CacheMode#DISK}
 * also as files in a folder (one {@code <model>-<pixels>.emb} per entry, written under a temporary name and
 * renamed when complete). Counts encoder runs, memory hits and disk hits for tests and logs. Thread-safe.
 */
public final class EmbeddingCache {
    /** Folder of the shared cache's files: {@code -Dparallax.cache=DIR}, else {@code ~/.cache/parallax-layers/embeddings}. */
    public static final String FOLDER_PROPERTY = "parallax.cache";
    /** Memory budget of the shared cache in MB: {@code -Dparallax.cache.mb=N} (default 512, about 120 SAM v1 embeddings). */
    public static final String BUDGET_PROPERTY = "parallax.cache.mb";

    private static final Lazy<EmbeddingCache> SHARED = Lazy.of(EmbeddingCache::fromSystemProperties);
    private static final int MAGIC = 0x50454D42; // "PEMB"

    private final long budgetBytes;
    private final Path folder;
    private final LinkedHashMap<String, Embedding> memory = new LinkedHashMap<>(16, 0.75f, true);
    private long usedBytes;
    private final AtomicInteger encoderRuns = new AtomicInteger();
    private final AtomicInteger memoryHits = new AtomicInteger();
    private final AtomicInteger diskHits = new AtomicInteger();

    public EmbeddingCache(long budgetBytes, Path folder) {
        this.budgetBytes = budgetBytes;
        this.folder = folder;
    }

    public static EmbeddingCache shared() {
        return SHARED.get();
    }

    private static EmbeddingCache fromSystemProperties() {
        String dir = System.getProperty(FOLDER_PROPERTY);
        Path folder = dir != null && !dir.isBlank() ? Path.of(dir.trim())
                : Path.of(System.getProperty("user.home"), ".cache", "parallax-layers", "embeddings");
        long mb = Long.getLong(BUDGET_PROPERTY, 512L);
        return new EmbeddingCache(mb << 20, folder);
    }

    public static String key(String pixelHash, String modelSha256) {
        return modelSha256.substring(0, Math.min(16, modelSha256.length())) + "-" + pixelHash;
    }

    /** The embedding under {@code key}, computing it with {@code encoder} (counted) when no cache has it. */
    public Embedding get(String key, CacheMode mode, Supplier<Embedding> encoder) {
        if (mode == CacheMode.OFF) {
            encoderRuns.incrementAndGet();
            return encoder.get();
        }
        synchronized (this) {
            Embedding hit = memory.get(key);
            if (hit != null) {
                memoryHits.incrementAndGet();
                return hit;
            }
        }
        Embedding embedding = mode == CacheMode.DISK ? read(key) : null;
        if (embedding != null) {
            diskHits.incrementAndGet();
        } else {
            encoderRuns.incrementAndGet();
            embedding = encoder.get();
            if (mode == CacheMode.DISK) {
                write(key, embedding);
            }
        }
        remember(key, embedding);
        return embedding;
    }

    private synchronized void remember(String key, Embedding embedding) {
        long bytes = embedding.bytes();
        if (bytes > budgetBytes) {
            return;
        }
        Embedding old = memory.put(key, embedding);
        usedBytes += bytes - (old == null ? 0 : old.bytes());
        Iterator<Map.Entry<String, Embedding>> eldest = memory.entrySet().iterator();
        while (usedBytes > budgetBytes && eldest.hasNext()) {
            Map.Entry<String, Embedding> e = eldest.next();
            usedBytes -= e.getValue().bytes();
            eldest.remove();
        }
    }

    public int encoderRuns() {
        return encoderRuns.get();
    }

    public int memoryHits() {
        return memoryHits.get();
    }

    public int diskHits() {
        return diskHits.get();
    }

    public synchronized int entries() {
        return memory.size();
    }

    public synchronized long usedBytes() {
        return usedBytes;
    }

    /** Forgets the in-memory entries (files stay). */
    public synchronized void clearMemory() {
        memory.clear();
        usedBytes = 0;
    }

    public Path folder() {
        return folder;
    }

    Path fileOf(String key) {
        return folder.resolve(key + ".emb");
    }

    private Embedding read(String key) {
        Path file = fileOf(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                return null;
            }
            int count = in.readInt();
            List<Embedding.Feature> features = new ArrayList<>();
            for (int f = 0; f < count; f++) {
                String name = in.readUTF();
                long[] shape = new long[in.readInt()];
                long size = 1;
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = in.readLong();
                    size *= shape[d];
                }
                byte[] raw = new byte[Math.toIntExact(size * Float.BYTES)];
                in.readFully(raw);
                float[] values = new float[(int) size];
                ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
                features.add(new Embedding.Feature(name, shape, values));
            }
            return new Embedding(features);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged or partial file is a cache miss; the encoder rewrites it
        }
    }

    private void write(String key, Embedding embedding) {
        Path file = fileOf(key);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            // CREATE_NEW, not createTempFile: the umask applies (createTempFile makes the file 600, so a cache
            // folder shared by a team or a render farm could not be read by the others).
            temp = folder.resolve(key + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".part");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(embedding.features().size());
                for (Embedding.Feature f : embedding.features()) {
                    out.writeUTF(f.name());
                    out.writeInt(f.shape().length);
                    for (long d : f.shape()) {
                        out.writeLong(d);
                    }
                    ByteBuffer raw = ByteBuffer.allocate(f.values().length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                    raw.asFloatBuffer().put(f.values());
                    out.write(raw.array());
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temp); // a full disk must not leave a partial file behind
            throw new InvalidInputException("Cannot write the embedding cache file " + file + ": " + e.getMessage()
                    + ". Use cache=memory, or set -D" + FOLDER_PROPERTY + "=DIR to a writable folder.", e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the name ends in .part: a later write does not read it
        }
    }
}
