package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImageListener;
import ij.ImagePlus;
import ij.WindowManager;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Layer Manager window of one plate: the layers of its mask stack front to back (thumbnail, name, depth, pixel
 * count, provenance), the click tool's backend state, and one button per step. Every button runs a command of this
 * plugin — with its options through {@link RecordedCommand}, or with the command's own dialog — so the Macro
 * Recorder turns the session into a macro. All logic is in {@link LayerManagerModel}.
 */
final class LayerManagerWindow extends JFrame implements ImageListener {
    static final int THUMBNAIL = 48;
    private static final Map<Integer, LayerManagerWindow> OPEN = new HashMap<>();

    /** The buttons, in the window's order; tests find them by these labels. */
    enum Button {
        ADD("Add from tool"), DELETE("Delete"), UP("Up"), DOWN("Down"), RENAME("Rename..."), DEPTH("Depth..."),
        REFINE("Refine..."), FEATHER("Feather..."), FILL("Fill"), BUILD("Build"), PREVIEW("Preview..."),
        EXPORT("Export...");

        final String text;

        Button(String text) {
            this.text = text;
        }
    }

    private final LayerManagerModel model;
    private final DefaultTableModel rows = new DefaultTableModel(new Object[]{"", "name", "depth", "px",
            "provenance"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? ImageIcon.class : column == 2 ? Double.class : column == 3 ? Integer.class
                    : String.class;
        }
    };
    private final JTable table = new JTable(rows);
    private final JLabel backend = new JLabel();
    private final JLabel status = new JLabel(" ");
    private final JLabel builtState = new JLabel(" ");
    /** The status lines said, oldest first (the last 50): what a test reads back after a fast step. */
    private final java.util.Deque<String> said = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final ImageJProgress.Watcher watcher = this::progressOf;
    /** The step the window is running (its command title), for matching progress reports to it. */
    private volatile String current;
    private final JProgressBar progress = new JProgressBar();
    private final Map<Button, JButton> buttons = new HashMap<>();
    private final AtomicInteger running = new AtomicInteger();
    private List<LayerManagerModel.Row> shown = List.of();

    private LayerManagerWindow(ImagePlus plate) {
        super(LayerManagerCommand.TITLE + " - " + plate.getTitle());
        this.model = new LayerManagerModel(plate);
        table.setRowHeight(THUMBNAIL + 4);
        table.getColumnModel().getColumn(0).setMaxWidth(THUMBNAIL + 8);
        table.getColumnModel().getColumn(4).setPreferredWidth(260);
        JPanel side = new JPanel(new GridLayout(0, 1, 2, 2));
        for (Button b : Button.values()) {
            JButton button = new JButton(b.text);
            button.addActionListener(e -> press(b));
            buttons.put(b, button);
            side.add(button);
        }
        JPanel south = new JPanel();
        south.setLayout(new BoxLayout(south, BoxLayout.Y_AXIS));
        south.add(backend);
        south.add(builtState);
        south.add(status);
        south.add(progress);
        south.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        JPanel east = new JPanel(new BorderLayout());
        east.add(side, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(east, BorderLayout.EAST);
        add(south, BorderLayout.SOUTH);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        setPreferredSize(new Dimension(620, 420));
        pack();
        ImagePlus.addImageListener(this);
        ImageJProgress.watch(watcher);
        refresh();
    }

    /** Opens the manager of this plate, or brings its open one to the front. */
    static LayerManagerWindow open(ImagePlus plate) {
        LayerManagerWindow[] result = new LayerManagerWindow[1];
        Runnable show = () -> {
            LayerManagerWindow window = OPEN.get(plate.getID());
            if (window == null || !window.isDisplayable()) {
                window = new LayerManagerWindow(plate);
                OPEN.put(plate.getID(), window);
                window.placeBeside(plate);
                WindowManager.addWindow(window);
            }
            window.setVisible(true);
            window.toFront();
            result[0] = window;
        };
        if (SwingUtilities.isEventDispatchThread()) {
            show.run();
        } else {
            try {
                SwingUtilities.invokeAndWait(show);
            } catch (Exception e) {
                throw new IllegalStateException("could not open the Layer Manager", e);
            }
        }
        return result[0];
    }

    /** Puts the window left of the plate's window when there is room, else right of it, as the ROI Manager sits. */
    private void placeBeside(ImagePlus plate) {
        java.awt.Window image = plate.getWindow();
        if (image == null || !image.isShowing()) {
            return;
        }
        java.awt.Rectangle screen = image.getGraphicsConfiguration().getBounds();
        java.awt.Point at = image.getLocationOnScreen();
        int x = at.x - getWidth() >= screen.x ? at.x - getWidth() : Math.min(at.x + image.getWidth(),
                screen.x + screen.width - getWidth());
        setLocation(x, at.y);
    }

    /** The open manager of a plate, or null. */
    static LayerManagerWindow of(ImagePlus plate) {
        LayerManagerWindow window = OPEN.get(plate.getID());
        return window != null && window.isDisplayable() ? window : null;
    }

    /**
     * The plate an image belongs to: the image itself, or for a mask or layer stack titled {@code <plate>-layers…}
     * the open image whose short title is {@code <plate>}.
     */
    static ImagePlus plateOf(ImagePlus image) {
        String title = image.getTitle();
        int cut = title.indexOf("-layers");
        if (cut > 0) {
            String base = title.substring(0, cut);
            for (int id : WindowManager.getIDList() == null ? new int[0] : WindowManager.getIDList()) {
                ImagePlus candidate = WindowManager.getImage(id);
                if (candidate != null && candidate != image && candidate.getShortTitle().equals(base)) {
                    return candidate;
                }
            }
        }
        return image;
    }

    LayerManagerModel model() {
        return model;
    }

    JButton button(Button b) {
        return buttons.get(b);
    }

    JTable table() {
        return table;
    }

    /** True while no step the window started is still running. */
    boolean idle() {
        return running.get() == 0;
    }

    @Override
    public void dispose() {
        ImagePlus.removeImageListener(this);
        ImageJProgress.unwatch(watcher);
        OPEN.remove(model.plate().getID());
        WindowManager.removeWindow(this);
        super.dispose();
    }

    /** Re-reads the mask stack and the backend state into the window (on the event thread). */
    void refresh() {
        if (!SwingUtilities.isEventDispatchThread()) {
            SwingUtilities.invokeLater(this::refresh);
            return;
        }
        int[] selected = table.getSelectedRows();
        List<String> selectedNames = new ArrayList<>();
        for (int r : selected) {
            if (r < shown.size()) {
                selectedNames.add(shown.get(r).name());
            }
        }
        ImagePlus masks = model.masks();
        shown = masks == null ? List.of() : LayerManagerModel.rows(masks);
        rows.setRowCount(0);
        for (int i = 0; i < shown.size(); i++) {
            LayerManagerModel.Row row = shown.get(i);
            rows.addRow(new Object[]{thumbnail(masks, i + 1), row.name(), row.depth(), row.pixels(),
                    row.provenance()});
        }
        for (int i = 0; i < shown.size(); i++) {
            if (selectedNames.contains(shown.get(i).name())) {
                table.addRowSelectionInterval(i, i);
            }
        }
        ImagePlus built = model.built();
        String stale = model.staleBuild();
        builtState.setText(built == null ? "Layer stack: not built yet (Build)" : stale != null ? "Layer stack: "
                + stale : "Layer stack: " + built.getTitle() + " (up to date with its masks)");
        builtState.setToolTipText(builtState.getText()); // the whole line when the window is narrow
        builtState.setForeground(stale != null ? new java.awt.Color(0xB00000) : java.awt.Color.DARK_GRAY);
        backend.setText(LayerManagerModel.backendState(PointMaskTool.settings(), PointMaskTool.deviceInUse()));
        setTitle(LayerManagerCommand.TITLE + " - " + model.plate().getTitle()
                + (masks == null ? " (no layers yet: click with the Point Mask Tool, then Enter)" : " - " + masks.getTitle()));
    }

    private ImageIcon thumbnail(ImagePlus masks, int slice) {
        byte[] mask = (byte[]) masks.getStack().getPixels(slice);
        int[] rgb = LayerManagerModel.thumbnail(model.plate(), mask, masks.getWidth(), masks.getHeight(), THUMBNAIL);
        BufferedImage image = new BufferedImage(THUMBNAIL, THUMBNAIL, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, THUMBNAIL, THUMBNAIL, rgb, 0, THUMBNAIL);
        return new ImageIcon(image);
    }

    /** The names of the selected layers, front first; all layers when none is selected. */
    private List<String> selection() {
        List<String> names = new ArrayList<>();
        for (int r : table.getSelectedRows()) {
            if (r < shown.size()) {
                names.add(shown.get(r).name());
            }
        }
        return names;
    }

    /** The layers= value of the selection: empty (all) when none or every layer is selected. */
    private String selectedLayers(List<String> selected) {
        return LayerSelection.format(selected, shown.stream().map(LayerManagerModel.Row::name).toList());
    }

    private void press(Button b) {
        ImagePlus masks = model.masks();
        List<String> selected = selection();
        switch (b) {
            case ADD -> {
                PointMaskTool tool = PointMaskTool.instance();
                if (tool == null || !tool.accept(model.plate())) {
                    say("No mask to add: choose the Point Mask Tool and click on " + model.plate().getTitle() + ".");
                } else {
                    track(RecordedCommand.after(() -> { }), "Adding the tool's mask");
                }
            }
            case DELETE -> {
                if (needs(masks, selected)) {
                    for (String name : selected) {
                        run(model.delete(masks.getTitle(), name));
                    }
                }
            }
            case UP, DOWN -> {
                if (needs(masks, selected)) {
                    int index = shown.stream().map(LayerManagerModel.Row::name).toList().indexOf(selected.get(0));
                    LayerManagerModel.Step step = model.move(masks.getTitle(), shown, index, b == Button.UP);
                    if (step != null) {
                        run(step);
                    }
                }
            }
            case RENAME -> {
                if (needs(masks, selected)) {
                    String name = IJ.getString("New name of '" + selected.get(0) + "'", selected.get(0));
                    if (!name.isEmpty()) {
                        run(model.rename(masks.getTitle(), selected.get(0), name));
                    }
                }
            }
            case DEPTH -> {
                if (needs(masks, selected)) {
                    double old = shown.stream().filter(r -> r.name().equals(selected.get(0))).findFirst()
                            .map(LayerManagerModel.Row::depth).orElse(1.0);
                    double depth = IJ.getNumber("Depth of '" + selected.get(0) + "' (distance from the camera)", old);
                    if (depth != IJ.CANCELED) {
                        run(model.depth(masks.getTitle(), selected.get(0), depth));
                    }
                }
            }
            case REFINE, FEATHER -> {
                if (needs(masks, List.of("all"))) {
                    String command = b == Button.REFINE ? RefineMaskCommand.TITLE : FeatherMaskCommand.TITLE;
                    // the dialog opens on this stack and the selected layers; the user can still change both
                    CommandOptions.suggest(command, java.util.Map.of("mask", masks.getTitle(), LayerSelection.KEY,
                            selectedLayers(selected)));
                    track(RecordedCommand.runWithDialog(masks, command), command);
                    RecordedCommand.after(() -> CommandOptions.forgetSuggestion(command));
                }
            }
            case FILL -> {
                if (needs(masks, List.of("all"))) {
                    run(model.fill(masks.getTitle(), selectedLayers(selected)));
                }
            }
            case BUILD -> {
                if (needs(masks, List.of("all"))) {
                    ImagePlus filled = model.filled();
                    run(model.build(masks.getTitle(), selectedLayers(selected),
                            filled == null ? null : filled.getTitle()));
                }
            }
            case PREVIEW, EXPORT -> {
                ImagePlus built = model.built();
                if (built == null) {
                    say("Build the layer stack first (Build).");
                } else {
                    String command = b == Button.PREVIEW ? "Parallax Preview" : "Export Layer Stack";
                    String stale = model.staleBuild();
                    if (b == Button.EXPORT && stale != null) {
                        say("Not exported: " + stale + ".");
                        return;
                    }
                    track(RecordedCommand.runWithDialog(built, command), command);
                }
            }
        }
    }

    private boolean needs(ImagePlus masks, List<String> selected) {
        if (masks == null) {
            say("No layers yet: click on " + model.plate().getTitle() + " with the Point Mask Tool, then Enter.");
            return false;
        }
        if (selected.isEmpty()) {
            say("Select a layer in the list first.");
            return false;
        }
        return true;
    }

    private void run(LayerManagerModel.Step step) {
        ImagePlus target = WindowManager.getCurrentImage();
        track(RecordedCommand.run(target, step.command(), step.options()), step.command());
    }

    /** Shows a running step in the status line and progress bar until it (and the refresh after it) is done. */
    private void track(Future<?> step, String what) {
        running.incrementAndGet();
        current = what;
        // the fall-back until the step reports progress (some never do): a moving bar and this line
        say(what + ": working (no progress reported)");
        progress.setIndeterminate(true);
        RecordedCommand.after(() -> {
            int left = running.decrementAndGet();
            SwingUtilities.invokeLater(() -> {
                if (left == 0) {
                    current = null;
                    progress.setIndeterminate(false);
                    progress.setValue(0);
                    say(what + ": done");
                }
                refresh();
            });
        });
    }

    /** A command's progress report: shown when it is the step this window is running. */
    private void progressOf(String command, double fraction, String message) {
        String what = current;
        if (what == null || !what.equals(command) && !what.startsWith(command)) {
            return;
        }
        int percent = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
        SwingUtilities.invokeLater(() -> {
            if (current == null) {
                return; // the report came after the step was done
            }
            progress.setIndeterminate(false);
            progress.setValue(percent);
            say(command + ": " + (message == null ? "" : message + ", ") + percent + " %");
        });
    }

    private void say(String text) {
        status.setText(text);
        status.setToolTipText(text);
        said.addLast(text);
        while (said.size() > 50) {
            said.pollFirst();
        }
    }

    /** The status lines said so far, oldest first. */
    List<String> statusLines() {
        return List.copyOf(said);
    }

    String builtState() {
        return builtState.getText();
    }

    @Override
    public void imageOpened(ImagePlus image) {
        refresh();
    }

    @Override
    public void imageClosed(ImagePlus image) {
        if (image == model.plate()) {
            SwingUtilities.invokeLater(this::dispose);
        } else {
            refresh();
        }
    }

    @Override
    public void imageUpdated(ImagePlus image) {
        if (image.getTitle().startsWith(model.toolStackTitle())) {
            refresh();
        }
    }
}
