package io.github.parallaxlayers.eval.views;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * One picture per scene to judge by eye: a row per method with the reference, the method's result, the true view
 * and the error map. The error map shows |result − truth| in luma ×4: grey where the reference saw the surface,
 * red where it was disoccluded, blue outside the reference frame.
 */
final class PictureStrip {
    private static final int TILE_WIDTH = 320;
    private static final int LABEL = 22;

    private PictureStrip() {
    }

    static BufferedImage render(ViewEvaluation.Strip strip) {
        double scale = Math.min(1, TILE_WIDTH / (double) strip.width());
        int tw = (int) Math.round(strip.width() * scale);
        int th = (int) Math.round(strip.height() * scale);
        int rows = strip.results().size();
        BufferedImage out = new BufferedImage(4 * tw, rows * (th + LABEL), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            int r = 0;
            for (Map.Entry<String, int[]> e : strip.results().entrySet()) {
                int y = r * (th + LABEL);
                g.setColor(Color.BLACK);
                g.drawString(strip.scene() + " " + strip.view() + ": reference | " + e.getKey() + " | truth | error "
                        + "(x4; red = disoccluded, blue = outside the reference frame)", 4, y + 16);
                int[][] tiles = {strip.reference(), e.getValue(), strip.truth(),
                        errorMap(e.getValue(), strip.truth(), strip.classes())};
                for (int t = 0; t < 4; t++) {
                    g.drawImage(image(tiles[t], strip.width(), strip.height()), t * tw, y + LABEL, tw, th, null);
                }
                r++;
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    static int[] errorMap(int[] result, int[] truth, byte[] classes) {
        int[] out = new int[truth.length];
        for (int i = 0; i < out.length; i++) {
            double a = luma(result[i]);
            double b = luma(truth[i]);
            int e = (int) Math.min(255, Math.round(4 * Math.abs(a - b)));
            out[i] = switch (classes[i]) {
                case Visibility.DISOCCLUDED -> Math.max(e, 70) << 16;
                case Visibility.OUT_OF_FRAME -> Math.max(e, 70);
                default -> e << 16 | e << 8 | e;
            };
        }
        return out;
    }

    private static double luma(int v) {
        return 0.299 * ((v >> 16) & 255) + 0.587 * ((v >> 8) & 255) + 0.114 * (v & 255);
    }

    private static BufferedImage image(int[] rgb, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, w, h, rgb, 0, w);
        return image;
    }
}
