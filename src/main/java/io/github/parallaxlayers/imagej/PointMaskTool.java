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
import io.github.parallaxlayers.segment.PointList;
import io.github.parallaxlayers.segment.InteractiveSegmentation;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.Segmenter;
import io.github.parallaxlayers.segment.SegmenterBackend;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import io.github.parallaxlayers.segment.sam.Multimask;
import io.github.parallaxlayers.segment.sam.SamModel;
import io.github.parallaxlayers.segment.sam.SamModels;
import io.github.parallaxlayers.segment.sam.SamSegmenter;
import io.github.parallaxlayers.segment.sam.SamSettings;

import java.awt.Color;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Point Mask Tool (toolbar): a left click adds a positive point, an alt- or right-click a negative one, and the
 * mask follows at once as a translucent overlay (the plate is encoded on the first click; later clicks run only
 * the decoder). Enter adds the mask as a layer to the mask stack {@code <plate>-layers} (by running Point Mask with
 * the clicks, which the Macro Recorder records); Esc clears the clicks; Ctrl+Z (or Cmd+Z) undoes the last click
 * ({@link PointMaskKeys} takes these keys before ImageJ does). The same three, the Layer Manager and the options
 * (backend, model file, device) are in the menu of a right-click on the tool's icon; double-click it for the options.
 */
public class PointMaskTool extends PlugInTool {
    static final String NAME = "Point Mask Tool";
    static final String OVERLAY = "parallax-point-mask";
    static final Color POSITIVE = new Color(0x00E000);
    static final Color NEGATIVE = new Color(0xFF2020);

    /** Backend, model file and device the tool opens sessions with (shared by every image). */
    record Settings(SegmenterBackend backend, String modelFile, Device device) {
    }

    /** The device the last SAM session runs on, with the reason of a fall-back to the CPU; empty before one. */
    private static volatile String deviceInUse = "";
    /** The settings until the options are changed: the embedded segmenter, nothing to download. */
    static final Settings DEFAULT_SETTINGS = new Settings(SegmenterBackend.CLASSIC, "", Device.AUTO);
    private static volatile Settings settings = DEFAULT_SETTINGS;
    private final Map<ImagePlus, InteractiveSegmentation> states = new WeakHashMap<>();
    /** Images whose accept is queued or running (a second Enter meanwhile would add the same layer twice). */
    private final java.util.Set<ImagePlus> accepting = java.util.Collections.newSetFromMap(new WeakHashMap<>());

    static Settings settings() {
        return settings;
    }

    static String deviceInUse() {
        return deviceInUse;
    }

    static void configure(Settings newSettings) {
        settings = newSettings;
    }

    private static volatile PointMaskTool instance;

    @Override
    public void run(String arg) {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            // Headless there is no toolbar and no clicks: installing the tool would be a silent no-op.
            CommandRunner.run(NAME, () -> {
                throw new io.github.parallaxlayers.core.InvalidInputException("clicking points needs an image "
                        + "window on a display; in a macro, use Point Mask with points= (the line the tool "
                        + "records).");
            });
            return;
        }
        instance = this;
        PointMaskKeys.install(new PointMaskKeys.Actions() {
            @Override
            public boolean accept(ImagePlus image) {
                return PointMaskTool.this.accept(image);
            }

            @Override
            public boolean clear(ImagePlus image) {
                return PointMaskTool.this.clear(image);
            }

            @Override
            public boolean undo(ImagePlus image) {
                return PointMaskTool.this.undo(image);
            }
        });
        PointMaskRightClick.install(this);
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
            Segmenter segmenter = segmenter(settings);
            var plate = Images.plate(image);
            state = new InteractiveSegmentation(segmenter.open(plate, new ImageJProgress(NAME)), plate.width(),
                    plate.height());
            states.put(image, state);
        }
        return state;
    }

    /** The segmenter, through the one factory ({@link SegmenterBackend}); SAM keeps its best candidate. */
    private static Segmenter segmenter(Settings s) {
        Segmenter segmenter = s.backend().create(s.modelFile(), s.device(), new SamSettings(Multimask.BEST,
                CacheMode.MEMORY, EmbeddingCache.shared()));
        if (segmenter instanceof SamSegmenter sam) {
            deviceInUse = "device in use: " + sam.model().deviceLabel() + (sam.fellBack() ? " (" + sam.fallback()
                    + ")" : "");
        }
        return segmenter;
    }

    /**
     * Adds the current mask as the next layer of {@code <plate>-layers} by running the Point Mask command with the
     * clicks, so the layer is exactly what the recorded line replays (the Macro Recorder gets that line); returns
     * false when there is no mask, or while the last accept on this image is still running. The clicks are cleared
     * only when the command succeeded, so a failure (a model missing, say) loses nothing.
     */
    public boolean accept(ImagePlus image) {
        List<Click> clicks;
        Settings s = settings;
        synchronized (this) {
            InteractiveSegmentation state = states.get(image);
            if (state == null || state.current() == null || !accepting.add(image)) {
                return false;
            }
            clicks = state.clicks();
        }
        RecordedCommand.after(() -> {
            boolean ok = false;
            try {
                ok = RecordedCommand.runNow(image, PointMaskCommand.TITLE, acceptOptions(image.getTitle(),
                        stackTitle(image), clicks, s, nextLayerName(image)));
            } finally {
                synchronized (this) {
                    accepting.remove(image);
                    if (ok && clicks.equals(clicks(image))) {
                        clear(image);
                    }
                }
            }
        });
        return true;
    }

    /** The stack accepted layers go to: the plate's short title + "-layers". */
    static String stackTitle(ImagePlus image) {
        return image.getShortTitle() + "-layers";
    }

    private static String nextLayerName(ImagePlus image) {
        ImagePlus existing = ij.WindowManager.getImage(stackTitle(image));
        return "layer-" + (existing == null ? 1 : existing.getStackSize() + 1);
    }

    /** The Point Mask options that give the mask of these clicks (pure, for the tests). */
    static String acceptOptions(String plateTitle, String stack, List<Click> clicks, Settings s, String layer) {
        String positives = PointList.format(clicks.stream().filter(Click::positive).toList());
        String negatives = PointList.format(clicks.stream().filter(c -> !c.positive()).toList());
        return "plate=[" + plateTitle + "] points=[" + positives + "]"
                + (negatives.isEmpty() ? "" : " negative=[" + negatives + "]") + " backend=" + s.backend().label()
                + (s.modelFile() == null || s.modelFile().isBlank() ? "" : " model_file=[" + s.modelFile() + "]")
                + (s.backend().modelId() == null && (s.modelFile() == null || s.modelFile().isBlank()) ? ""
                : " device=" + s.device().label())
                + " layer=" + layer + " stack=[" + stack + "]";
    }

    /** Clears the clicks; false when there were none. */
    public synchronized boolean clear(ImagePlus image) {
        return editClicks(image, InteractiveSegmentation::clear);
    }

    /** Drops the last click; false when there was none. */
    public synchronized boolean undo(ImagePlus image) {
        return editClicks(image, InteractiveSegmentation::undo);
    }

    /** Applies {@code edit} to the image's clicks and redraws them; false (nothing done) when it has none. */
    private boolean editClicks(ImagePlus image, java.util.function.Consumer<InteractiveSegmentation> edit) {
        InteractiveSegmentation state = states.get(image);
        if (state == null || state.clicks().isEmpty()) {
            return false;
        }
        edit.accept(state);
        showOverlay(image, state);
        return true;
    }

    /** The clicks on {@code image} so far (empty when none). */
    synchronized List<Click> clicks(ImagePlus image) {
        InteractiveSegmentation state = states.get(image);
        return state == null ? List.of() : state.clicks();
    }

    /** The tool that is (or was last) installed in the toolbar, or null. */
    public static PointMaskTool instance() {
        return instance;
    }

    /**
     * The mask as translucent cyan, positive clicks as large green circles, negative ones as large red crosses
     * (shape and colour differ, so they read apart for colour-blind users too); other overlays are kept.
     */
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
            overlay.add(marker(click));
        }
        image.setOverlay(overlay);
    }

    static PointRoi marker(Click click) {
        PointRoi point = new PointRoi(click.x(), click.y());
        point.setPointType(click.positive() ? PointRoi.CIRCLE : PointRoi.CROSSHAIR);
        point.setSize(4); // "Extra Large" in ImageJ's point options
        point.setStrokeColor(click.positive() ? POSITIVE : NEGATIVE);
        point.setName(OVERLAY);
        return point;
    }

    /** The mask the clicks on {@code image} give now, or null (for tests and macros). */
    synchronized Mask currentMask(ImagePlus image) {
        InteractiveSegmentation state = states.get(image);
        return state == null || state.current() == null ? null : state.current().mask();
    }

    /** Double-click on the tool: backend, model file and device, read by the shared options helper. */
    @Override
    public void showOptionsDialog() {
        CommandRunner.run(NAME, () -> {
            Settings s = settings;
            CommandOptions options = new CommandOptions(NAME);
            SegmenterOptions choice = declareOptions(options, s);
            if (!options.read()) {
                return;
            }
            configure(new Settings(choice.backend(), choice.modelFile(), choice.device()));
            synchronized (this) {
                states.values().forEach(InteractiveSegmentation::close);
                states.clear();
            }
        });
    }

    /**
     * The tool's options (backend, model_file, device) offering {@code current} as their values; docs/macros.md's
     * table of them is generated from this declaration with {@link #DEFAULT_SETTINGS}.
     */
    static SegmenterOptions declareOptions(CommandOptions options, Settings current) {
        return SegmenterOptions.declare(options, current.backend(), current.modelFile(), current.device());
    }

    /** Right-click on the tool's icon: the mouse-only way to accept, undo and clear, and the Layer Manager. */
    @Override
    public void showPopupMenu(MouseEvent e, Toolbar toolbar) {
        PopupMenu menu = new PopupMenu();
        for (MenuAction action : MenuAction.values()) {
            MenuItem item = new MenuItem(action.text);
            item.addActionListener(ev -> runMenuAction(action, ij.WindowManager.getCurrentImage()));
            menu.add(item);
        }
        toolbar.add(menu);
        menu.show(e.getComponent(), e.getX(), e.getY());
    }

    /** The tool's menu entries (right-click on its icon). */
    enum MenuAction {
        ACCEPT("Add mask as layer [Enter]"), UNDO("Undo last click [Ctrl+Z]"), CLEAR("Clear clicks [Esc]"),
        MANAGER("Layer Manager..."), OPTIONS("Options...");

        final String text;

        MenuAction(String text) {
            this.text = text;
        }
    }

    void runMenuAction(MenuAction action, ImagePlus image) {
        switch (action) {
            case OPTIONS -> showOptionsDialog();
            case MANAGER -> IJ.run(LayerManagerCommand.TITLE);
            default -> {
                if (image == null) {
                    IJ.error(NAME, "No image is open: open a plate and click on it with the tool first.");
                    return;
                }
                boolean done = switch (action) {
                    case ACCEPT -> accept(image);
                    case UNDO -> undo(image);
                    default -> clear(image);
                };
                if (!done) {
                    IJ.showStatus(NAME + ": no clicks on " + image.getTitle() + " yet");
                }
            }
        }
    }
}
