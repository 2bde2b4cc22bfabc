package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.eval.PlotCanvas;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * A line chart over named positions on the x axis (the views of a move series, or scenes), one curve per method,
 * drawn with java.awt in the style of {@code eval.MiouPlot} (works headless). NaN and infinite values leave a gap.
 */
final class LinePlot {
    record Curve(String label, double[] values) {
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;
    private static final int LEFT = 80;
    private static final int RIGHT = 170;
    private static final int TOP = 60;
    private static final int BOTTOM = 95;

    private LinePlot() {
    }

    static BufferedImage render(String title, String xLabel, String yLabel, List<String> positions, List<Curve> curves) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            for (double v : c.values()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(lo <= hi)) {
            lo = 0;
            hi = 1;
        }
        double step = niceStep((hi - lo) / 6);
        double yMin = Math.floor(lo / step) * step;
        double yMax = Math.max(yMin + step, Math.ceil(hi / step) * step);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = PlotCanvas.open(image);
        try {
            int plotW = WIDTH - LEFT - RIGHT;
            int plotH = HEIGHT - TOP - BOTTOM;
            int n = positions.size();
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            FontMetrics fm = g.getFontMetrics();
            for (double v = yMin; v <= yMax + step / 2; v += step) {
                int py = TOP + plotH - (int) Math.round((v - yMin) / (yMax - yMin) * plotH);
                g.setColor(new Color(0xe6e6e6));
                g.drawLine(LEFT, py, LEFT + plotW, py);
                g.setColor(Color.BLACK);
                String text = String.format(Locale.ROOT, step < 1 ? "%.2f" : "%.0f", v);
                g.drawString(text, LEFT - 8 - fm.stringWidth(text), py + fm.getAscent() / 2 - 1);
            }
            for (int k = 0; k < n; k++) {
                int px = xPixel(k, n, plotW);
                g.setColor(Color.BLACK);
                g.drawLine(px, TOP + plotH, px, TOP + plotH + 5);
                String text = positions.get(k);
                // every other label one line lower, so long names on a crowded axis do not run together
                int line = n > 6 && k % 2 == 1 ? fm.getHeight() : 0;
                g.drawString(text, px - fm.stringWidth(text) / 2, TOP + plotH + 8 + fm.getAscent() + line);
            }
            g.setStroke(new BasicStroke(1.5f));
            g.drawRect(LEFT, TOP, plotW, plotH);
            for (int c = 0; c < curves.size(); c++) {
                double[] values = curves.get(c).values();
                g.setColor(PlotCanvas.colour(c));
                g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                int lastX = -1;
                int lastY = -1;
                for (int k = 0; k < Math.min(n, values.length); k++) {
                    if (!Double.isFinite(values[k])) {
                        lastX = -1;
                        continue;
                    }
                    int px = xPixel(k, n, plotW);
                    int py = TOP + plotH - (int) Math.round((values[k] - yMin) / (yMax - yMin) * plotH);
                    if (lastX >= 0) {
                        g.drawLine(lastX, lastY, px, py);
                    }
                    g.fillOval(px - 3, py - 3, 7, 7);
                    lastX = px;
                    lastY = py;
                }
                int ly = TOP + 12 + c * (fm.getHeight() + 4);
                g.drawLine(LEFT + plotW + 14, ly, LEFT + plotW + 40, ly);
                g.setColor(Color.BLACK);
                g.drawString(curves.get(c).label(), LEFT + plotW + 46, ly + fm.getAscent() / 2 - 1);
            }
            PlotCanvas.labels(g, WIDTH, HEIGHT, LEFT, TOP, plotW, plotH, title, 17, xLabel, yLabel, 15, 20, 24);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int xPixel(int k, int n, int plotW) {
        return LEFT + (int) Math.round((k + 0.5) / n * plotW);
    }

    private static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
