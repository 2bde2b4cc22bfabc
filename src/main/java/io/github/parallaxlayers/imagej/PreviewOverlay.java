package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.process.ByteProcessor;

/**
 * A dialog's preview: the result for the current slice drawn over the image as an opaque overlay, so the image
 * itself is never changed; removed when the preview is switched off or the dialog closes.
 */
final class PreviewOverlay implements CommandOptions.Preview {
    static final String NAME = "parallax-preview";

    /** Computes the preview of the current slice of an image, or throws InvalidInputException. */
    interface Render {
        byte[] slice(ImagePlus image);
    }

    private final Render render;
    private final java.util.function.Supplier<ImagePlus> image;
    private ImagePlus shownOn;

    PreviewOverlay(java.util.function.Supplier<ImagePlus> image, Render render) {
        this.image = image;
        this.render = render;
    }

    @Override
    public void show() {
        ImagePlus target = image.get();
        byte[] result = render.slice(target);
        hide();
        Overlay overlay = target.getOverlay() == null ? new Overlay() : target.getOverlay();
        ImageRoi roi = new ImageRoi(0, 0, new ByteProcessor(target.getWidth(), target.getHeight(), result));
        roi.setName(NAME);
        overlay.add(roi);
        target.setOverlay(overlay);
        shownOn = target;
    }

    @Override
    public void hide() {
        if (shownOn != null && shownOn.getOverlay() != null) {
            Overlay overlay = shownOn.getOverlay();
            for (int i = overlay.size() - 1; i >= 0; i--) {
                if (NAME.equals(overlay.get(i).getName())) {
                    overlay.remove(i);
                }
            }
            shownOn.setOverlay(overlay.size() == 0 ? null : overlay);
        }
        shownOn = null;
    }
}
