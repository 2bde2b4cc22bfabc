package io.github.parallaxlayers.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * The mIoU-versus-clicks chart of the interactive-segmentation papers, drawn with java.awt into an image (works
 * headless): one curve per backend, the 85 % and 90 % levels marked, axes, ticks, labels and a legend.
 */
public final class MiouPlot {
    /** One backend's curve: mIoU after click 1..n. */
    public record Curve(String label, double[] miou) {
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BOTTOM = 75;

    private MiouPlot() {
    }

    public static BufferedImage render(String title, List<Curve> curves) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("a plot needs at least one curve");
        }
        int clicks = curves.stream().mapToInt(c -> c.miou().length).max().orElse(1);
        double lowest = curves.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.miou())).min().orElse(0);
        // The y range starts at the tenth below the lowest value, so curves that start high stay readable.
        double yMin = Math.max(0, Math.floor(Math.min(lowest, 0.8) * 10 - 1e-9) / 10);
        double yMax = 1.0;

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = PlotCanvas.open(image);
        try {
            int plotW = WIDTH - LEFT - RIGHT;
            int plotH = HEIGHT - TOP - BOTTOM;
            Axis x = new Axis(1, Math.max(2, clicks), LEFT, LEFT + plotW);
            Axis y = new Axis(yMin, yMax, TOP + plotH, TOP);

            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            FontMetrics fm = g.getFontMetrics();
            double yStep = (yMax - yMin) > 0.5 ? 0.1 : 0.05;
            for (int i = 0; yMin + i * yStep <= yMax + 1e-9; i++) {
                double v = yMin + i * yStep;
                int py = y.pixel(v);
                g.setColor(new Color(0xe6e6e6));
                g.drawLine(LEFT, py, LEFT + plotW, py);
                g.setColor(Color.BLACK);
                g.drawLine(LEFT - 5, py, LEFT, py);
                String text = String.format(Locale.ROOT, "%.2f", v);
                g.drawString(text, LEFT - 8 - fm.stringWidth(text), py + fm.getAscent() / 2 - 1);
            }
            int xStep = clicks <= 20 ? 1 : (int) Math.ceil(clicks / 20.0);
            for (int k = 1; k <= clicks; k += xStep) {
                int px = x.pixel(k);
                g.setColor(new Color(0xf0f0f0));
                g.drawLine(px, TOP, px, TOP + plotH);
                g.setColor(Color.BLACK);
                g.drawLine(px, TOP + plotH, px, TOP + plotH + 5);
                String text = Integer.toString(k);
                g.drawString(text, px - fm.stringWidth(text) / 2, TOP + plotH + 8 + fm.getAscent());
            }
            g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[]{6f, 5f}, 0f));
            for (double level : new double[]{0.85, 0.90}) {
                if (level >= yMin) {
                    int py = y.pixel(level);
                    g.setColor(Color.GRAY);
                    g.drawLine(LEFT, py, LEFT + plotW, py);
                    String text = String.format(Locale.ROOT, "IoU %.2f", level);
                    g.drawString(text, LEFT + plotW - fm.stringWidth(text) - 4, py - 4);
                }
            }
            g.setStroke(new BasicStroke(1.5f));
            g.setColor(Color.BLACK);
            g.drawRect(LEFT, TOP, plotW, plotH);

            for (int c = 0; c < curves.size(); c++) {
                double[] miou = curves.get(c).miou();
                g.setColor(PlotCanvas.colour(c));
                g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                Path2D.Double path = new Path2D.Double();
                for (int k = 0; k < miou.length; k++) {
                    double px = x.pixel(k + 1);
                    double py = y.pixel(Math.max(yMin, miou[k]));
                    if (k == 0) {
                        path.moveTo(px, py);
                    } else {
                        path.lineTo(px, py);
                    }
                }
                g.draw(path);
                for (int k = 0; k < miou.length; k++) {
                    g.fillOval(x.pixel(k + 1) - 3, y.pixel(Math.max(yMin, miou[k])) - 3, 7, 7);
                }
            }

            PlotCanvas.labels(g, WIDTH, HEIGHT, LEFT, TOP, plotW, plotH, title, 18, "Number of clicks", "mIoU", 16,
                    18, 28);

            legend(g, curves, LEFT + plotW, TOP + plotH);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Legend in the lower right corner of the plot area, where mIoU curves (rising to the top right) rarely pass. */
    private static void legend(Graphics2D g, List<Curve> curves, int right, int bottom) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        FontMetrics fm = g.getFontMetrics();
        int lineH = fm.getHeight() + 4;
        int textW = curves.stream().mapToInt(c -> fm.stringWidth(c.label())).max().orElse(0);
        int boxW = textW + 50;
        int boxH = lineH * curves.size() + 10;
        int x0 = right - boxW - 12;
        int y0 = bottom - boxH - 12;
        g.setColor(new Color(255, 255, 255, 230));
        g.fillRect(x0, y0, boxW, boxH);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x0, y0, boxW, boxH);
        for (int c = 0; c < curves.size(); c++) {
            int yy = y0 + 5 + lineH * c + lineH / 2;
            g.setColor(PlotCanvas.colour(c));
            g.setStroke(new BasicStroke(2.5f));
            g.drawLine(x0 + 8, yy, x0 + 34, yy);
            g.setColor(Color.BLACK);
            g.drawString(curves.get(c).label(), x0 + 40, yy + fm.getAscent() / 2 - 1);
        }
    }

    /** Linear map from data values to pixel positions. */
    private record Axis(double min, double max, int from, int to) {
        int pixel(double v) {
            return (int) Math.round(from + (v - min) / (max - min) * (to - from));
        }
    }
}
