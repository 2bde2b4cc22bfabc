package io.github.parallaxlayers.segment.subject;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.eval.MaskMetrics;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.OnnxRuntime;
import io.github.parallaxlayers.onnx.SharedModels;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real IS-Net network on the astronaut sample against a reference mask made by hand with the classic
 * segmenter (26 positive and 10 negative clicks, checked by eye: the astronaut with her suit, collar ring, straps,
 * patches, glove and the helmet she holds; not the flag or the shuttle model): src/test/resources/subject.
 */
class SubjectNetworkTest {
    /** One cache for the class: the network runs once per plate variant, however many tests use it. */
    private static final EmbeddingCache CACHE = new EmbeddingCache(256L << 20, Path.of("target/unused-subject-cache"));
    private static SubjectNetwork network;
    private static Plate astronaut;
    private static Mask reference;

    @BeforeAll
    static void open() throws Exception {
        Path model = SharedModels.isnet();
        Assumptions.assumeTrue(model != null, SharedModels.ISNET_MISSING);
        network = new SubjectNetwork(OnnxRuntime.shared().open(model, Device.CPU), CACHE, CacheMode.MEMORY);
        BufferedImage image = ImageIO.read(new File("sample-images/astronaut.png"));
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xFFFFFF;
        }
        astronaut = Plate.rgb(w, h, rgb);
        BufferedImage ref = ImageIO.read(new File("src/test/resources/subject/astronaut-subject.png"));
        byte[] m = new byte[w * h];
        for (int i = 0; i < m.length; i++) {
            m[i] = (byte) (ref.getRaster().getSample(i % w, i / w, 0) > 127 ? 255 : 0);
        }
        reference = Mask.wrap(w, h, m);
    }

    private static Mask subject(Plate plate) {
        return SubjectMatte.of(network, plate, SubjectSettings.DEFAULTS, ProgressListener.NONE).mask(0.5);
    }

    @Test
    void astronautSubjectMatchesTheReferenceMask() {
        Mask mask = subject(astronaut);
        assertEquals(512, mask.width());
        assertEquals(512, mask.height());
        double iou = MaskMetrics.iou(mask, reference, null);
        assertTrue(iou >= 0.9, "IoU with the reference " + iou);
        assertTrue(mask.get(220, 120), "the face is subject");
        assertFalse(mask.get(30, 100), "the flag is not");
        assertFalse(mask.get(410, 180), "the shuttle model is not");
    }

    @Test
    void mapIsAProbabilityOnTheNetworksGridAndTheInputFollowsTheContract() {
        SubjectMap map = network.map(astronaut, ProgressListener.NONE);
        assertEquals(1024, map.size());
        float min = 1;
        float max = 0;
        for (int y = 0; y < 1024; y++) {
            for (int x = 0; x < 1024; x++) {
                min = Math.min(min, map.at(x, y));
                max = Math.max(max, map.at(x, y));
            }
        }
        assertEquals(0f, min, 1e-6);
        assertEquals(1f, max, 1e-6);
        java.nio.FloatBuffer input = SubjectNetwork.input(Plate.gray8(2, 2, new byte[] {0, 0, 0, 0}));
        assertEquals(3 * 1024 * 1024, input.remaining());
        assertEquals(-0.5f, input.get(0), 1e-6, "v/255 - 0.5 with v = 0");
        java.nio.FloatBuffer white = SubjectNetwork.input(Plate.gray8(2, 2, new byte[] {-1, -1, -1, -1}));
        assertEquals(0.5f, white.get(2 * 1024 * 1024 + 5), 1e-6, "blue plane, v = 255");
    }

    @Test
    void greyAnd16BitGreyPlatesGiveTheSameSubject() {
        int n = astronaut.size();
        int[] rgb = (int[]) astronaut.pixels();
        byte[] grey = new byte[n];
        short[] grey16 = new short[n];
        for (int i = 0; i < n; i++) {
            int p = rgb[i];
            int r = (p >> 16) & 0xff;
            int g = (p >> 8) & 0xff;
            int b = p & 0xff;
            int v = (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
            grey[i] = (byte) v;
            // a 12-bit camera range: the plate's own minimum and maximum scale it back to 0-255
            grey16[i] = (short) (100 + v * 16);
        }
        Mask fromGrey = subject(Plate.gray8(512, 512, grey));
        Mask from16 = subject(new Plate(512, 512, io.github.parallaxlayers.core.PixelType.GRAY16, grey16));
        double greyIou = MaskMetrics.iou(fromGrey, reference, null);
        assertTrue(greyIou >= 0.85, "grey plate IoU " + greyIou);
        assertTrue(MaskMetrics.iou(from16, fromGrey, null) >= 0.98, "16-bit grey agrees with 8-bit grey");
    }

    @Test
    void subjectAndHybridReportTheirNetworksDeviceFallBackOnceItIsOpened() {
        String line = "CUDA is not available (test). Running on the CPU.";
        io.github.parallaxlayers.onnx.ModelSession cpu = network.model();
        io.github.parallaxlayers.onnx.ModelSession fellBack = new io.github.parallaxlayers.onnx.ModelSession(
                cpu.session(), cpu.file(), cpu.sha256(), Device.CPU, line);
        EmbeddingCache cache = new EmbeddingCache(64L << 20, Path.of("target/unused-subject-cache"));
        SubjectNetwork onFallBack = new SubjectNetwork(fellBack, cache, CacheMode.MEMORY);
        for (io.github.parallaxlayers.segment.Segmenter segmenter : List.of(
                new SubjectSegmenter(() -> onFallBack, SubjectSettings.DEFAULTS),
                new HybridSegmenter(() -> onFallBack))) {
            assertEquals("", segmenter.fallback(), segmenter.id() + ": nothing is known before the network opens");
            try (SegmentationSession session = segmenter.open(astronaut, ProgressListener.NONE)) {
                assertEquals(line, segmenter.fallback(), segmenter.id());
                assertTrue(segmenter.fellBack(), segmenter.id());
            }
        }
        HybridSegmenter onCpu = new HybridSegmenter(() -> network);
        try (SegmentationSession session = onCpu.open(astronaut, ProgressListener.NONE)) {
            assertFalse(onCpu.fellBack(), "device=cpu asked for and used: nothing to report");
        }
    }

    @Test
    void hybridRunsTheNetworkOncePerPlateForAnyNumberOfClicks() {
        EmbeddingCache cache = new EmbeddingCache(64L << 20, Path.of("target/unused-subject-cache"));
        SubjectNetwork own = new SubjectNetwork(network.model(), cache, CacheMode.MEMORY);
        HybridSegmenter hybrid = new HybridSegmenter(() -> own);
        Prompt prompt = Prompt.of(List.of(Click.positive(220, 120)));
        try (SegmentationSession session = hybrid.open(astronaut, ProgressListener.NONE)) {
            Mask first = session.segment(prompt, ProgressListener.NONE).mask();
            for (Click c : List.of(Click.negative(30, 100), Click.positive(380, 420), Click.negative(410, 180))) {
                prompt = prompt.withClick(c, first);
                first = session.segment(prompt, ProgressListener.NONE).mask();
            }
        }
        try (SegmentationSession again = hybrid.open(astronaut, ProgressListener.NONE)) {
            again.segment(Prompt.of(List.of(Click.positive(220, 120))), ProgressListener.NONE);
        }
        assertEquals(1, cache.encoderRuns(), "one network run for two sessions and five clicks");
        assertEquals(1, cache.memoryHits());
    }

    @Test
    void hybridFirstClickGivesTheSubjectAndANegativeClickInsideItRemovesThatPart() {
        HybridSegmenter hybrid = new HybridSegmenter(() -> network);
        try (SegmentationSession session = hybrid.open(astronaut, ProgressListener.NONE)) {
            Prompt one = Prompt.of(List.of(Click.positive(220, 120)));
            Mask first = session.segment(one, ProgressListener.NONE).mask();
            double iou = MaskMetrics.iou(first, reference, null);
            assertTrue(iou >= 0.9, "one click on the face: IoU " + iou);
            assertTrue(first.get(400, 420), "the helmet belongs to the subject the network sees");
            Prompt two = one.withClick(Click.negative(400, 420), first);
            Mask second = session.segment(two, ProgressListener.NONE).mask();
            assertFalse(second.get(400, 420));
            int helmetBefore = countIn(first, 290, 350, 512, 512);
            int helmetAfter = countIn(second, 290, 350, 512, 512);
            assertTrue(helmetAfter < helmetBefore / 4, "helmet pixels " + helmetBefore + " -> " + helmetAfter);
            assertTrue(second.get(220, 120) && second.get(100, 400), "the face and the suit stay");
            // deterministic: the same prompt gives the same mask
            assertEquals(second.count(), session.segment(two, ProgressListener.NONE).mask().count());
        }
    }

    private static int countIn(Mask mask, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                count += mask.get(x, y) ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void missingModelSaysSoWithTheDownloadCommandAndClassicStillWorks() {
        String before = System.getProperty("parallax.models");
        System.setProperty("parallax.models", "target/no-models-here");
        try {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> SubjectModels.segmenter(true, "", Device.CPU, CacheMode.MEMORY)
                            .open(astronaut, ProgressListener.NONE));
            assertTrue(e.getMessage().contains("'isnet-general-use' is not installed"), e.getMessage());
            assertTrue(e.getMessage().contains("parallax-layers models download isnet-general-use"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line");
            Mask classic = io.github.parallaxlayers.segment.SegmenterBackend.CLASSIC.create()
                    .open(astronaut, ProgressListener.NONE)
                    .segment(Prompt.of(List.of(Click.positive(220, 120))), ProgressListener.NONE).mask();
            assertTrue(classic.get(220, 120));
        } finally {
            if (before == null) {
                System.clearProperty("parallax.models");
            } else {
                System.setProperty("parallax.models", before);
            }
        }
    }

    @Test
    void modelFileThatIsNotIsNetIsRefusedWithTheContractItFollows() {
        Path deepLab = SharedModels.deepLab();
        Assumptions.assumeTrue(deepLab != null, SharedModels.MISSING);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SubjectModels.open(deepLab.toString(), Device.CPU, CacheMode.MEMORY));
        assertTrue(e.getMessage().contains("deeplabv3-voc-257") && e.getMessage().contains("isnet-1024"),
                e.getMessage());
    }
}
