package io.github.parallaxlayers.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Labels are a public interface (recorded macros, the CLI, batch manifests): this pins every label of every
 * {@link Labeled} enum so that deriving labels from constant names can never change one unnoticed.
 */
class LabeledTest {

    private static final Map<String, String> PINNED = new LinkedHashMap<>();

    static {
        PINNED.put("io.github.parallaxlayers.batch.PlateStatus", "pending, running, ok, failed");
        PINNED.put("io.github.parallaxlayers.depth.DepthKind", "depth, disparity");
        PINNED.put("io.github.parallaxlayers.depth.RegionSource", "superpixels, sam, subject");
        PINNED.put("io.github.parallaxlayers.eval.DatasetLayout", "grabcut, berkeley, davis, pairs");
        PINNED.put("io.github.parallaxlayers.eval.views.ViewLayout", "middlebury, scenes");
        PINNED.put("io.github.parallaxlayers.eval.views.ViewMethod", "plate, card, layers, layers-telea, layers-cut, geometry, geometry-frame, geometry-slabs, warp");
        PINNED.put("io.github.parallaxlayers.export.AlphaMode", "blend, mask");
        PINNED.put("io.github.parallaxlayers.export.ExportBits", "auto, 8, 16");
        PINNED.put("io.github.parallaxlayers.export.ExportFormat", "png, ora, psd, gltf, glb, tiff, exr, nuke, all");
        PINNED.put("io.github.parallaxlayers.export.exr.ExrCompression", "zip, none");
        PINNED.put("io.github.parallaxlayers.export.exr.ExrLayout", "multipart, singlepart");
        PINNED.put("io.github.parallaxlayers.export.exr.ExrPrecision", "half, float");
        PINNED.put("io.github.parallaxlayers.export.exr.ExrTransfer", "auto, srgb, keep");
        PINNED.put("io.github.parallaxlayers.geometry.CardKind", "upright, ground, wall, sky");
        PINNED.put("io.github.parallaxlayers.fill.FillBackend", "patch, telea, lama, migan");
        PINNED.put("io.github.parallaxlayers.fill.TeleaEstimate", "first-order, mean");
        PINNED.put("io.github.parallaxlayers.fill.learned.HighResStrategy", "crop, resize, original");
        PINNED.put("io.github.parallaxlayers.imagej.LineGrouping", "name, colour");
        PINNED.put("io.github.parallaxlayers.imagej.LineSource", "overlay, manager");
        PINNED.put("io.github.parallaxlayers.layers.CameraMove", "shift, pedestal, push, orbit");
        PINNED.put("io.github.parallaxlayers.mask.Connectivity", "4, 8");
        PINNED.put("io.github.parallaxlayers.onnx.Contract", "sam1-encoder-hwc, sam1-encoder-nchw, sam1-encoder-x, sam1-decoder, sam2-encoder, sam2-decoder, efficientsam-encoder, efficientsam-decoder, lama-512, migan-pipeline, migan-generator, deeplabv3-voc-257, isnet-1024, depth-single");
        PINNED.put("io.github.parallaxlayers.onnx.Device", "auto, cpu, cuda");
        PINNED.put("io.github.parallaxlayers.refine.FeatherMode", "inside, centred, outside");
        PINNED.put("io.github.parallaxlayers.refine.KeepMode", "all, largest, touching");
        PINNED.put("io.github.parallaxlayers.refine.MaskOperation", "union, intersection, subtract, xor");
        PINNED.put("io.github.parallaxlayers.segment.SegmenterBackend", "classic, geodesic, hybrid, subject, mobile-sam, sam-vit-b, sam-vit-l, sam-vit-h, sam2-hiera-tiny");
        PINNED.put("io.github.parallaxlayers.segment.sam.CacheMode", "memory, disk, off");
        PINNED.put("io.github.parallaxlayers.segment.sam.Multimask", "best, all, largest, smallest");
        PINNED.put("io.github.parallaxlayers.segment.semantic.SemanticOutput", "mask, labels");
        PINNED.put("io.github.parallaxlayers.segment.subject.SubjectOutput", "mask, alpha");
    }

    @Test
    void everyEnumKeepsItsReleasedLabels() throws Exception {
        for (Map.Entry<String, String> pinned : PINNED.entrySet()) {
            assertEquals(pinned.getValue(), labelsOf(Class.forName(pinned.getKey())), pinned.getKey());
        }
    }

    @Test
    void defaultLabelIsTheLowerCaseNameWithHyphens() {
        assertEquals("first-order", Sample.FIRST_ORDER.label());
        assertEquals("sam2-hiera-tiny", Sample.SAM2_HIERA_TINY.label());
    }

    @Test
    void parseIsCaseInsensitiveAndListsTheValidLabelsOnAMiss() {
        assertEquals(Sample.FIRST_ORDER, Labeled.parse(Sample.class, "estimate", " First-Order "));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Labeled.parse(Sample.class, "estimate", "second"));
        assertEquals("Unknown value 'second' for estimate=; valid values are: first-order, sam2-hiera-tiny.",
                e.getMessage());
    }

    private enum Sample implements Labeled {
        FIRST_ORDER, SAM2_HIERA_TINY
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String labelsOf(Class<?> type) {
        return Labeled.labels((Class) type);
    }
}
