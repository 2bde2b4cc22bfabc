package io.github.parallaxlayers.eval.views;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Small view data sets written for tests. */
public final class ViewFixtures {
    private ViewFixtures() {
    }

    /**
     * A Middlebury-2003-style pair: a random-texture left view (im2.png), the right view (im6.png) = the left moved
     * {@code shift} px to the left, and disparity {@code shift} everywhere (disp2.png, value / 4).
     */
    public static Path stereoScene(Path folder, int w, int h, int shift) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(16);
        int wide = w + shift;
        int[] world = new int[wide * h];
        for (int i = 0; i < world.length; i++) {
            world[i] = random.nextInt(1 << 24);
        }
        BufferedImage left = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        BufferedImage right = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        BufferedImage disparity = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                left.setRGB(x, y, world[y * wide + x]);
                right.setRGB(x, y, world[y * wide + x + shift]);
                disparity.getRaster().setSample(x, y, 0, 4 * shift);
            }
        }
        ImageIO.write(left, "png", folder.resolve("im2.png").toFile());
        ImageIO.write(right, "png", folder.resolve("im6.png").toFile());
        ImageIO.write(disparity, "png", folder.resolve("disp2.png").toFile());
        return folder;
    }
}
