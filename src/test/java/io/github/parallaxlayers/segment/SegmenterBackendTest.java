package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.classic.ClassicSegmenter;
import io.github.parallaxlayers.segment.geodesic.GeodesicSegmenter;
import io.github.parallaxlayers.segment.sam.SamSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one factory of segmenters: what each backend builds, and the one-line refusals of model choices. */
class SegmenterBackendTest {

    @Test
    void embeddedBackendsBuildTheirSegmenterAndReportNoFallback() {
        Segmenter classic = SegmenterBackend.CLASSIC.create("", Device.CUDA, SamSettings.defaults());
        assertInstanceOf(ClassicSegmenter.class, classic);
        assertEquals("", classic.fallback());
        assertFalse(classic.fellBack());
        assertInstanceOf(GeodesicSegmenter.class, SegmenterBackend.GEODESIC.create());
        assertEquals("geodesic", SegmenterBackend.GEODESIC.create(null, Device.AUTO, SamSettings.defaults()).id());
    }

    @Test
    void aModelFileWithABackendThatTakesNoneIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SegmenterBackend.GEODESIC.create("models/x", Device.AUTO, SamSettings.defaults()));
        assertTrue(e.getMessage().contains("backend=geodesic takes none"), e.getMessage());
    }

    @Test
    void aSamModelFromABackendThatIsNoneIsRefusedNamingTheSamBackends() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SegmenterBackend.CLASSIC.samModel("", Device.AUTO));
        assertTrue(e.getMessage().startsWith("backend=classic is not a Segment Anything model"), e.getMessage());
        assertTrue(e.getMessage().contains("mobile-sam"), e.getMessage());
    }

    @Test
    void classicWithAModelFileMeansTheSamFilesAndAMissingFileSaysSo() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SegmenterBackend.CLASSIC.create("target/no-such-sam-model.onnx", Device.CPU,
                        SamSettings.defaults()));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
