package io.github.parallaxlayers.eval;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * What the evaluation charts ({@link MiouPlot}, the view-synthesis line plots) draw alike: the curve palette, a
 * white antialiased canvas, and the title and axis labels around the plot area. Works headless.
 */
public final class PlotCanvas {
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};

    private PlotCanvas() {
    }

    /** The colour of curve {@code index} (matplotlib's, repeating after eight). */
    public static Color colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    /** Graphics on {@code image}, antialiased, the whole image painted white; the caller disposes it. */
    public static Graphics2D open(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    /**
     * The bold title centred above the plot area, the x label centred below it ({@code xBaselineFromBottom} px
     * above the image's bottom edge) and the y label turned a quarter left at {@code yBaseline} px from the left.
     */
    public static void labels(Graphics2D g, int imageWidth, int imageHeight, int left, int top, int plotW, int plotH,
                              String title, int titleSize, String xLabel, String yLabel, int labelSize,
                              int xBaselineFromBottom, int yBaseline) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, titleSize));
        FontMetrics tm = g.getFontMetrics();
        g.drawString(title, (imageWidth - tm.stringWidth(title)) / 2, top - 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, labelSize));
        FontMetrics lm = g.getFontMetrics();
        g.drawString(xLabel, left + (plotW - lm.stringWidth(xLabel)) / 2, imageHeight - xBaselineFromBottom);
        var saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yLabel, -(top + (plotH + lm.stringWidth(yLabel)) / 2), yBaseline);
        g.setTransform(saved);
    }
}
