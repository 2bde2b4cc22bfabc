package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.fill.Inpainter;
import io.github.parallaxlayers.mask.Mask;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OpenCV's {@code Photo.inpaint} as an {@link Inpainter}, for side-by-side figures only. Reached by reflection
 * so that the benchmark compiles without OpenCV; present when the Maven profile {@code bench} puts
 * {@code org.openpnp:opencv} on the test class path.
 */
final class OpenCvInpaint implements Inpainter {
    private final String id;
    private final int flag;
    private final double radius;

    private OpenCvInpaint(String id, int flag, double radius) {
        this.id = id;
        this.flag = flag;
        this.radius = radius;
    }

    static Map<String, Inpainter> available() {
        Map<String, Inpainter> out = new LinkedHashMap<>();
        try {
            Class<?> loader = Class.forName("nu.pattern.OpenCV");
            loader.getMethod("loadLocally").invoke(null);
            out.put("cv telea", new OpenCvInpaint("cv telea", 1, 3));
            out.put("cv ns", new OpenCvInpaint("cv ns", 0, 3));
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("OpenCV not on the class path (run with -Pbench for it): " + e);
        }
        return out;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Plate fillHole(Plate plate, Mask hole, ProgressListener progress) {
        try {
            Class<?> matClass = Class.forName("org.opencv.core.Mat");
            Class<?> cvType = Class.forName("org.opencv.core.CvType");
            int cv8uc3 = cvType.getField("CV_8UC3").getInt(null);
            int cv8uc1 = cvType.getField("CV_8UC1").getInt(null);
            Constructor<?> make = matClass.getConstructor(int.class, int.class, int.class);
            int w = plate.width();
            int h = plate.height();
            int[] rgb = (int[]) plate.pixels();
            byte[] bgr = new byte[w * h * 3];
            for (int i = 0; i < rgb.length; i++) {
                bgr[3 * i] = (byte) rgb[i];
                bgr[3 * i + 1] = (byte) (rgb[i] >> 8);
                bgr[3 * i + 2] = (byte) (rgb[i] >> 16);
            }
            Object src = make.newInstance(h, w, cv8uc3);
            Object mask = make.newInstance(h, w, cv8uc1);
            Object dst = make.newInstance(h, w, cv8uc3);
            Method put = matClass.getMethod("put", int.class, int.class, byte[].class);
            Method get = matClass.getMethod("get", int.class, int.class, byte[].class);
            put.invoke(src, 0, 0, bgr);
            put.invoke(mask, 0, 0, hole.data().clone());
            Class<?> photo = Class.forName("org.opencv.photo.Photo");
            photo.getMethod("inpaint", matClass, matClass, matClass, double.class, int.class)
                    .invoke(null, src, mask, dst, radius, flag);
            get.invoke(dst, 0, 0, bgr);
            int[] out = new int[w * h];
            for (int i = 0; i < out.length; i++) {
                out[i] = (bgr[3 * i + 2] & 0xff) << 16 | (bgr[3 * i + 1] & 0xff) << 8 | (bgr[3 * i] & 0xff);
            }
            return Plate.rgb(w, h, out);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("OpenCV call failed", e);
        }
    }
}
