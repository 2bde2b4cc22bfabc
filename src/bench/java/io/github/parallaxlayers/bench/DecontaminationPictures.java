package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.refine.ForegroundEstimation;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The picture of docs/evaluation.md's decontamination section: a synthetic soft-edged disc (known foreground and
 * background, 10 px edge) carried over a new background three ways, side by side and enlarged 3× around the edge:
 * the plate's colour (today), the decontaminated colour, and the truth. Run:
 * {@code scripts/bench.sh DecontaminationPictures target/decontaminate.png}.
 */
public final class DecontaminationPictures {

    public static void main(String[] args) throws IOException {
        int w = 160;
        int h = 120;
        double soft = 10;
        float[][] f = new float[3][w * h];
        float[][] image = new float[3][w * h];
        float[] alpha = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                // the same scene as ForegroundEstimationTest
                f[0][i] = 0.85f - 0.2f * x / w;
                f[1][i] = 0.55f + 0.2f * y / h;
                f[2][i] = 0.15f;
                float[] b = {0.1f + 0.05f * (float) Math.sin(x * 0.3), 0.3f + 0.1f * (float) Math.cos(y * 0.2), 0.8f};
                double d = Math.hypot(x - w / 2.0, y - h / 2.0);
                alpha[i] = (float) Math.max(0, Math.min(1, (40 - d) / soft + 0.5));
                for (int c = 0; c < 3; c++) {
                    image[c][i] = alpha[i] * f[c][i] + (1 - alpha[i]) * b[c];
                }
            }
        }
        float[][] estimated = ForegroundEstimation.foreground(image, alpha, w, h, ProgressListener.NONE);
        float[] grass = {0.2f, 0.7f, 0.1f};
        // the disc's right edge, enlarged: x 95–135, y 40–80
        int x0 = 95;
        int y0 = 40;
        int size = 40;
        int zoom = 3;
        int gap = 4;
        BufferedImage out = new BufferedImage(3 * size * zoom + 2 * gap, size * zoom, BufferedImage.TYPE_INT_RGB);
        float[][][] colours = {image, estimated, f};
        for (int p = 0; p < 3; p++) {
            for (int y = 0; y < size * zoom; y++) {
                for (int x = 0; x < size * zoom; x++) {
                    int i = (y0 + y / zoom) * w + x0 + x / zoom;
                    int rgb = 0;
                    for (int c = 0; c < 3; c++) {
                        double v = alpha[i] * colours[p][c][i] + (1 - alpha[i]) * grass[c];
                        rgb = rgb << 8 | (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
                    }
                    out.setRGB(p * (size * zoom + gap) + x, y, rgb);
                }
            }
        }
        Path file = Path.of(args.length > 0 ? args[0] : "target/decontaminate.png");
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(out, "png", file.toFile());
        System.out.println("wrote " + file);
    }
}
