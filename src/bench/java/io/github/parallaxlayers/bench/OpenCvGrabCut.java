package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.Segmenter;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * OpenCV's {@code grabCut} driven by clicks, seeded as issue 6 states the reference run: clicks painted as 5 px
 * disks of sure object/background, everything within 25 px of a positive click probable object, the rest
 * probable background, 5 iterations from the mask. For side-by-side figures only; reached by reflection so the
 * benchmark compiles without OpenCV (the Maven profile {@code bench} puts {@code org.openpnp:opencv} on the test
 * class path).
 */
final class OpenCvGrabCut implements Segmenter {
    private static final int GC_BGD = 0;
    private static final int GC_FGD = 1;
    private static final int GC_PR_BGD = 2;
    private static final int GC_PR_FGD = 3;
    private static final int GC_INIT_WITH_MASK = 1;

    static boolean available() {
        try {
            Class.forName("nu.pattern.OpenCV").getMethod("loadLocally").invoke(null);
            return true;
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("OpenCV not on the class path (build with -Pbench): " + e);
            return false;
        }
    }

    @Override
    public String id() {
        return "opencv-grabcut";
    }

    @Override
    public SegmentationSession open(Plate plate, ProgressListener progress) {
        return (prompt, listener) -> new Segmentation(cut(plate, prompt), 1.0);
    }

    private static Mask cut(Plate plate, Prompt prompt) {
        int w = plate.width();
        int h = plate.height();
        byte[] bgr = new byte[w * h * 3];
        for (int i = 0; i < w * h; i++) {
            for (int c = 0; c < 3; c++) {
                int channel = plate.type() == PixelType.RGB ? 2 - c : 0;
                bgr[3 * i + c] = (byte) Math.round(plate.sample(channel, i));
            }
        }
        byte[] m = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean near = false;
                for (Click c : prompt.positives()) {
                    near |= Math.hypot(x - c.x(), y - c.y()) <= 25;
                }
                m[y * w + x] = (byte) (near ? GC_PR_FGD : GC_PR_BGD);
            }
        }
        for (Click c : prompt.clicks()) {
            for (int y = Math.max(0, c.y() - 5); y <= Math.min(h - 1, c.y() + 5); y++) {
                for (int x = Math.max(0, c.x() - 5); x <= Math.min(w - 1, c.x() + 5); x++) {
                    if (Math.hypot(x - c.x(), y - c.y()) <= 5) {
                        m[y * w + x] = (byte) (c.positive() ? GC_FGD : GC_BGD);
                    }
                }
            }
        }
        try {
            Class<?> mat = Class.forName("org.opencv.core.Mat");
            Class<?> cvType = Class.forName("org.opencv.core.CvType");
            Class<?> rect = Class.forName("org.opencv.core.Rect");
            Class<?> imgproc = Class.forName("org.opencv.imgproc.Imgproc");
            Constructor<?> make = mat.getConstructor(int.class, int.class, int.class);
            Object image = make.newInstance(h, w, cvType.getField("CV_8UC3").getInt(null));
            mat.getMethod("put", int.class, int.class, byte[].class).invoke(image, 0, 0, bgr);
            Object mask = make.newInstance(h, w, cvType.getField("CV_8UC1").getInt(null));
            mat.getMethod("put", int.class, int.class, byte[].class).invoke(mask, 0, 0, m);
            Method grabCut = imgproc.getMethod("grabCut", mat, mat, rect, mat, mat, int.class, int.class);
            grabCut.invoke(null, image, mask, rect.getConstructor().newInstance(), mat.getConstructor().newInstance(),
                    mat.getConstructor().newInstance(), 5, GC_INIT_WITH_MASK);
            mat.getMethod("get", int.class, int.class, byte[].class).invoke(mask, 0, 0, m);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("OpenCV grabCut failed: " + e, e);
        }
        byte[] out = new byte[w * h];
        for (int i = 0; i < out.length; i++) {
            if (m[i] == GC_FGD || m[i] == GC_PR_FGD) {
                out[i] = Mask.ON;
            }
        }
        return Mask.wrap(w, h, out);
    }
}
