package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Depth from ground contact ("Tour into the Picture", Horry et al. 1997): with the camera matched and its height
 * known, a pixel below the horizon where an upright thing meets the ground fixes that thing's distance. Per layer
 * the contact is read from its visible bottom edge: in each column the lowest pixel of the layer, when the pixel
 * below it is neither the frame's edge nor covered by a nearer layer (there the real contact is hidden) and lies
 * below the horizon. The layer's depth is a low percentile of those columns' ground depths: the lowest parts of a
 * silhouette touch the ground (feet, wheels, a post's foot), the gaps between them do not, and a few stray pixels
 * below the object cannot pull it nearer.
 */
public final class GroundPlacement {
    /** Which fraction of the contact columns, nearest first, the depth is read at. */
    public static final double CONTACT_PERCENTILE = 0.1;
    /** A layer needs contact in at least this fraction of its columns (and at least one) to be placed. */
    public static final double MIN_CONTACT_COLUMNS = 0.05;

    private GroundPlacement() {
    }

    /**
     * One layer's placement.
     *
     * @param sourceIndex the layer's position in the input stack (0 = front)
     * @param kind        how the depth was found
     * @param depth       the card's distance along the camera's view axis (scene units): the depth hint
     * @param distance    ground distance from the camera's foot to the contact point (NaN when not on the ground)
     * @param height      height of the layer's top above the ground at the contact (NaN when not on the ground)
     * @param contactColumns columns whose bottom edge meets the ground visibly
     * @param note        why a layer was not placed on the ground, or null
     */
    public record Placement(int sourceIndex, String name, PlacementKind kind, double depth, double distance,
                            double height, int contactColumns, String note) {
    }

    /**
     * @param masks      the layers' masks, front first, all the camera's size
     * @param skyFactor  the sky's depth as a multiple of the farthest placed layer's
     * @param backFactor the background's depth (the last layer, when it has no contact) as such a multiple
     * @return the placements sorted front to back by depth
     */
    public static List<Placement> place(Camera camera, List<Mask> masks, List<String> names, double skyFactor,
                                        double backFactor, ProgressListener progress) {
        int w = camera.width();
        int h = camera.height();
        for (int i = 0; i < masks.size(); i++) {
            if (!masks.get(i).sameSize(w, h)) {
                throw new InvalidInputException("Layer '" + names.get(i) + "' is " + masks.get(i).width() + "x"
                        + masks.get(i).height() + " but the camera was matched on a " + w + "x" + h
                        + " plate: match the camera on this stack's plate.");
            }
        }
        if (!(skyFactor > 1) || !(backFactor > 1)) {
            throw new InvalidInputException("sky= and background= are multiples of the farthest placed layer's "
                    + "depth and must be greater than 1.");
        }
        double[] horizon = new double[w];
        for (int x = 0; x < w; x++) {
            horizon[x] = camera.horizonY(x + 0.5);
        }
        byte[][] data = new byte[masks.size()][];
        for (int l = 0; l < data.length; l++) {
            data[l] = masks.get(l).data();
        }
        // layers are independent (a contact is checked against the nearer masks directly): both cores work
        Placement[] raw = new Placement[masks.size()];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.IntStream.range(0, raw.length).parallel().forEach(l -> {
            progress.checkCancelled();
            raw[l] = placeOne(camera, l, names.get(l), data, horizon);
            progress.progress(done.incrementAndGet() / (double) raw.length, names.get(l));
        });
        return finish(List.of(raw), skyFactor, backFactor);
    }

    private static boolean coveredByNearer(byte[][] data, int layer, int i) {
        for (int k = 0; k < layer; k++) {
            if (data[k][i] != 0) {
                return true;
            }
        }
        return false;
    }

    private static Placement placeOne(Camera camera, int index, String name, byte[][] data, double[] horizon) {
        int w = camera.width();
        int h = camera.height();
        byte[] m = data[index];
        int[] lowest = new int[w];
        Arrays.fill(lowest, -1);
        int top = -1;
        for (int y = 0; y < h && top < 0; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (m[row + x] != 0) {
                    top = y;
                    break;
                }
            }
        }
        if (top < 0) {
            return new Placement(index, name, PlacementKind.KEPT, Double.NaN, Double.NaN, Double.NaN, 0,
                    "it is empty");
        }
        // bottom up: each column's lowest pixel is the first one met
        for (int y = h - 1; y >= top; y--) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (m[row + x] != 0 && lowest[x] < 0) {
                    lowest[x] = y;
                }
            }
        }
        boolean aboveHorizonOnly = true;
        for (int x = 0; x < w && aboveHorizonOnly; x++) {
            aboveHorizonOnly = lowest[x] < 0 || lowest[x] + 1 <= horizon[x];
        }
        if (name.toLowerCase(Locale.ROOT).contains("sky") || aboveHorizonOnly) {
            return new Placement(index, name, PlacementKind.SKY, Double.NaN, Double.NaN, Double.NaN, 0, null);
        }
        int columns = 0;
        int atFrame = 0;
        int hidden = 0;
        List<double[]> contacts = new ArrayList<>(); // depth, x, y
        for (int x = 0; x < w; x++) {
            int y = lowest[x];
            if (y < 0) {
                continue;
            }
            columns++;
            if (y == h - 1) {
                atFrame++;
                continue;
            }
            if (coveredByNearer(data, index, (y + 1) * w + x)) {
                hidden++;
                continue;
            }
            Vec3 ground = camera.groundPoint(x + 0.5, y + 1);
            if (ground == null) {
                continue;
            }
            double depth = camera.project(ground)[2];
            contacts.add(new double[] {depth, x + 0.5, y + 1});
        }
        if (contacts.isEmpty() || contacts.size() < MIN_CONTACT_COLUMNS * columns) {
            String why = atFrame >= hidden && atFrame > 0 ? "its bottom is cut by the frame's lower edge"
                    : hidden > 0 ? "nearer layers hide where it meets the ground"
                    : "its bottom edge is above the horizon";
            return new Placement(index, name, PlacementKind.KEPT, Double.NaN, Double.NaN, Double.NaN,
                    contacts.size(), "it does not touch the ground visibly (" + why + ")");
        }
        contacts.sort(Comparator.comparingDouble(c -> c[0]));
        double[] contact = contacts.get((int) Math.floor(CONTACT_PERCENTILE * (contacts.size() - 1)));
        // the distance under the middle of the contact, at the contact's image row
        double[] xs = contacts.stream().mapToDouble(c -> c[1]).sorted().toArray();
        Vec3 ground = camera.groundPoint(xs[xs.length / 2], contact[2]);
        double distance = Math.hypot(ground.x(), ground.z());
        double height = ReferenceHeight.heightAbove(camera, xs[xs.length / 2], contact[2], xs[xs.length / 2], top);
        return new Placement(index, name, PlacementKind.GROUND_CONTACT, contact[0], distance, height,
                contacts.size(), null);
    }

    /** Depths for the layers without contact, then the order front to back. */
    private static List<Placement> finish(List<Placement> raw, double skyFactor, double backFactor) {
        double farthest = raw.stream().filter(p -> p.kind() == PlacementKind.GROUND_CONTACT)
                .mapToDouble(Placement::depth).max().orElse(Double.NaN);
        if (Double.isNaN(farthest)) {
            throw new InvalidInputException("No layer touches the ground visibly below the horizon, so none can be "
                    + "placed: check the camera (its horizon) and that the layers' masks reach down to where the "
                    + "objects stand.");
        }
        List<Placement> out = new ArrayList<>();
        int n = raw.size();
        int back = n - 1; // the last layer that is not sky
        while (back > 0 && raw.get(back).kind() == PlacementKind.SKY) {
            back--;
        }
        for (int i = 0; i < n; i++) {
            Placement p = raw.get(i);
            if (p.kind() == PlacementKind.SKY) {
                out.add(with(p, PlacementKind.SKY, skyFactor * farthest, null));
            } else if (p.kind() == PlacementKind.KEPT && i == back) {
                out.add(with(p, PlacementKind.BACKGROUND, backFactor * farthest, p.note()));
            } else if (p.kind() == PlacementKind.KEPT) {
                out.add(with(p, PlacementKind.KEPT, between(raw, i, backFactor * farthest), p.note()));
            } else {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingDouble(Placement::depth)); // stable: ties keep the stack's order
        return out;
    }

    /** A depth between the placed layers before and after it in the stack's order. */
    private static double between(List<Placement> raw, int i, double back) {
        double before = 0;
        for (int k = i - 1; k >= 0; k--) {
            if (raw.get(k).kind() == PlacementKind.GROUND_CONTACT) {
                before = raw.get(k).depth();
                break;
            }
        }
        double after = back;
        for (int k = i + 1; k < raw.size(); k++) {
            if (raw.get(k).kind() == PlacementKind.GROUND_CONTACT) {
                after = raw.get(k).depth();
                break;
            }
        }
        return before == 0 ? after * 0.9 : (before + after) / 2;
    }

    private static Placement with(Placement p, PlacementKind kind, double depth, String note) {
        return new Placement(p.sourceIndex(), p.name(), kind, depth, p.distance(), p.height(), p.contactColumns(),
                note);
    }
}
