package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.ImageCanvas;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.PointRoi;
import ij.gui.Toolbar;
import ij.plugin.tool.PlugInTool;
import ij.process.ColorProcessor;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.InteractiveSegmentation;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.Segmenter;
import io.github.parallaxlayers.segment.SegmenterBackend;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import io.github.parallaxlayers.segment.sam.Multimask;
import io.github.parallaxlayers.segment.sam.SamSettings;

import java.awt.Color;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Point Mask Tool (toolbar): a left click adds a positive point, an alt- or right-click a negative one, and the
 * mask follows at once as a translucent overlay (the plate is encoded on the first click; later clicks run only
 * the decoder). Enter adds the mask as a layer to the mask stack {@code <plate>-layers}; Esc clears the clicks;
 * Ctrl+Z (or Cmd+Z) undoes the last click. Double-click the tool for its options (backend, model file, device).
 */
public class PointMaskTool extends PlugInTool {
    static final String NAME = "Point Mask Tool";
    static final String OVERLAY = "parallax-point-mask";

    /** Backend, model file and device the tool opens sessions with (shared by every image). */
    record Settings(SegmenterBackend backend, String modelFile, Device device) {
        /** The segmenter, through the one factory ({@link SegmenterBackend}); SAM keeps its best candidate. */
        Segmenter segmenter() {
            return backend.create(modelFile, device, new SamSettings(Multimask.BEST, CacheMode.MEMORY,
                    EmbeddingCache.shared()));
        }
    }

    private static volatile Settings settings = new Settings(SegmenterBackend.CLASSIC, "", Device.AUTO);
    private final Map<ImagePlus, InteractiveSegmentation> states = new WeakHashMap<>();

    static void configure(Settings newSettings) {
        settings = newSettings;
    }

    @Override
    public void run(String arg) {
        Toolbar.addPlugInTool(this);
    }

    @Override
    public String getToolName() {
        return NAME;
    }

    @Override
    public String getToolIcon() {
        return "C00fP1f5b9e8c3a1a1f1fC0f0F6633";
    }

    @Override
    public void mousePressed(ImagePlus image, MouseEvent e) {
        ImageCanvas canvas = image.getCanvas();
        int x = canvas == null ? e.getX() : canvas.offScreenX(e.getX());
        int y = canvas == null ? e.getY() : canvas.offScreenY(e.getY());
        boolean negative = e.isAltDown() || e.getButton() == MouseEvent.BUTTON3 || e.isPopupTrigger();
        try {
            InteractiveSegmentation state = state(image);
            state.add(new Click(x, y, !negative));
            showOverlay(image, state);
        } catch (InvalidInputException ex) {
            IJ.error(NAME, ex.getMessage());
        }
        e.consume();
    }

    private synchronized InteractiveSegmentation state(ImagePlus image) {
        InteractiveSegmentation state = states.get(image);
        if (state == null) {
            Segmenter segmenter = settings.segmenter();
            if (segmenter.fellBack()) {
                IJ.log(NAME + ": " + segmenter.fallback());
            }
            var plate = Images.plate(image);
            state = new InteractiveSegmentation(segmenter.open(plate, new ImageJProgress(NAME)), plate.width(),
                    plate.height());
            states.put(image, state);
            listenForKeys(image);
        }
        return state;
    }

    private void listenForKeys(ImagePlus image) {
        ImageCanvas canvas = image.getCanvas();
        if (canvas == null) {
            return;
        }
        canvas.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (Toolbar.getInstance() != null && !NAME.equals(Toolbar.getToolName())) {
                    return;
                }
                boolean undo = e.getKeyCode() == KeyEvent.VK_Z && (e.isControlDown() || e.isMetaDown());
                if (e.getKeyCode() == KeyEvent.VK_ENTER) {
                    accept(image);
                } else if (e.getKeyCode() == KeyEvent.VK_ESCAPE) {
                    clear(image);
                    // ImageJ's own key handler also saw Esc and flagged an abort; here it only clears the clicks
                    IJ.resetEscape();
                } else if (undo) {
                    undo(image);
                } else {
                    return;
                }
                e.consume();
            }
        });
    }

    /** Adds the current mask as a layer of {@code <plate>-layers}; returns false when there is no mask. */
    synchronized boolean accept(ImagePlus image) {
        InteractiveSegmentation state = states.get(image);
        Segmentation result = state == null ? null : state.current();
        if (result == null) {
            return false;
        }
        String stack = image.getShortTitle() + "-layers";
        ImagePlus existing = ij.WindowManager.getImage(stack);
        int number = existing == null ? 1 : existing.getStackSize() + 1;
        while (MaskStacks.hasLayer(existing, "layer-" + number)) {
            number++; // a renamed or reordered stack may hold this name already
        }
        String layer = "layer-" + number;
        java.util.List<io.github.parallaxlayers.segment.Click> clicks = state.clicks();
        String positives = io.github.parallaxlayers.segment.PointList.format(
                clicks.stream().filter(io.github.parallaxlayers.segment.Click::positive).toList());
        String negatives = io.github.parallaxlayers.segment.PointList.format(
                clicks.stream().filter(c -> !c.positive()).toList());
        // The same mask as a Point Mask line, so the layer's provenance replays in a macro.
        String step = "Point Mask: plate=[" + image.getTitle() + "] points=[" + positives + "]"
                + (negatives.isEmpty() ? "" : " negative=[" + negatives + "]") + " backend=" + settings.backend().label()
                + " layer=" + layer + " stack=[" + stack + "]";
        MaskStacks.addOrShow(image, result.mask(), layer, stack, step);
        IJ.log(NAME + ": layer '" + layer + "' on '" + image.getTitle() + "', " + result.mask().count() + " px"
                + result.scoreText() + ", clicks " + state.clicks().size());
        clear(image);
        return true;
    }

    synchronized void clear(ImagePlus image) {
        InteractiveSegmentation state = states.get(image);
        if (state != null) {
            state.clear();
            showOverlay(image, state);
        }
    }

    synchronized void undo(ImagePlus image) {
        InteractiveSegmentation state = states.get(image);
        if (state != null) {
            state.undo();
            showOverlay(image, state);
        }
    }

    /** The mask as translucent cyan, positive clicks green, negative ones red; other overlays are kept. */
    static void showOverlay(ImagePlus image, InteractiveSegmentation state) {
        Overlay overlay = image.getOverlay() == null ? new Overlay() : image.getOverlay();
        for (int i = overlay.size() - 1; i >= 0; i--) {
            if (OVERLAY.equals(overlay.get(i).getName())) {
                overlay.remove(i);
            }
        }
        Segmentation result = state.current();
        if (result != null) {
            Mask mask = result.mask();
            int[] rgb = new int[mask.size()];
            byte[] data = mask.data();
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = data[i] != 0 ? 0x00FFFF : 0;
            }
            ImageRoi roi = new ImageRoi(0, 0, new ColorProcessor(mask.width(), mask.height(), rgb));
            roi.setZeroTransparent(true);
            roi.setOpacity(0.45);
            roi.setName(OVERLAY);
            overlay.add(roi);
        }
        for (Click click : state.clicks()) {
            PointRoi point = new PointRoi(click.x(), click.y());
            point.setStrokeColor(click.positive() ? Color.GREEN : Color.RED);
            point.setName(OVERLAY);
            overlay.add(point);
        }
        image.setOverlay(overlay);
    }

    /** The mask the clicks on {@code image} give now, or null (for tests and macros). */
    synchronized Mask currentMask(ImagePlus image) {
        InteractiveSegmentation state = states.get(image);
        return state == null || state.current() == null ? null : state.current().mask();
    }

    /** The tool's options (backend, model_file, device) through the same option reading as the commands. */
    @Override
    public void showOptionsDialog() {
        Settings s = settings;
        CommandOptions options = new CommandOptions(NAME);
        SegmenterOptions choice = SegmenterOptions.declare(options, s.backend(), s.modelFile(), s.device());
        CommandRunner.run(NAME, () -> {
            if (!options.read()) {
                return;
            }
            settings = new Settings(choice.backend(), choice.modelFile(), choice.device());
            synchronized (this) {
                states.values().forEach(InteractiveSegmentation::close);
                states.clear();
            }
        });
    }
}
