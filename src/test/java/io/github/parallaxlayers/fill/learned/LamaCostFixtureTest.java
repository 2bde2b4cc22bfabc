package io.github.parallaxlayers.fill.learned;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.TensorInfo;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.OnnxRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cost-matched LaMa stand-in keeps LaMa's contract and its cost, so the overhead benchmark measures what it says. */
class LamaCostFixtureTest {
    @TempDir
    Path temp;

    @Test
    void hasCarveLamaInputsAndOutputsAndBigLamaCost() throws Exception {
        Path file = LamaCostFixture.write(temp);
        assertTrue(Files.size(file) < 64 * 1024, "weights are made when the session opens, not stored");
        long macs = LamaCostFixture.multiplyAdds();
        assertTrue(macs > 210e9 && macs < 230e9, "≈ 220 G multiply-adds like big-LaMa at 512², got " + macs);
        long weights = LamaCostFixture.weights();
        assertTrue(weights > 45e6 && weights < 55e6, "≈ 52 M weights like big-LaMa's 208 MB file, got " + weights);
        ModelSession model = OnnxRuntime.shared().open(file, Device.CPU);
        Map<String, NodeInfo> inputs = model.session().getInputInfo();
        assertArrayEquals(new long[] {-1, 3, 512, 512}, ((TensorInfo) inputs.get("image").getInfo()).getShape());
        assertArrayEquals(new long[] {-1, 1, 512, 512}, ((TensorInfo) inputs.get("mask").getInfo()).getShape());
        assertArrayEquals(new long[] {-1, 3, 512, 512},
                ((TensorInfo) model.session().getOutputInfo().get("output").getInfo()).getShape());

        // Through the real LaMa path: the outside is kept, the hole gets the generator's sigmoid (0.5 → 127.5 → 128).
        int[] rgb = new int[512 * 512];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (i * 31 & 0xff) << 16 | (i * 7 & 0xff) << 8 | (i & 0xff);
        }
        Mask hole = Mask.empty(512, 512);
        for (int y = 200; y < 260; y++) {
            for (int x = 100; x < 180; x++) {
                hole.set(x, y, true);
            }
        }
        Plate filled = LearnedInpainter.lama(model, HighResStrategy.ORIGINAL)
                .fill(Plate.rgb(512, 512, rgb), hole, ProgressListener.NONE);
        int[] out = (int[]) filled.pixels();
        assertEquals(rgb[10], out[10]);
        assertEquals(0x808080, out[230 * 512 + 140]);
    }
}
