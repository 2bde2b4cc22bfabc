package io.github.parallaxlayers.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The {@code layers.json} written beside the layer images (schema documented in docs/layers-json.md). Field
 * names are part of the format: change them only with a new {@code version}.
 */
@JsonPropertyOrder({"format", "version", "generator", "source", "bits_per_channel", "sample_range", "plate_filled",
        "history", "lens", "layers", "camera", "overscan"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LayersManifest(
        String format,
        int version,
        Generator generator,
        Source source,
        @JsonProperty("bits_per_channel") int bitsPerChannel,
        @JsonProperty("sample_range") SampleRange sampleRange,
        @JsonProperty("plate_filled") String plateFilled,
        List<String> history,
        Lens lens,
        List<Entry> layers,
        @JsonInclude(JsonInclude.Include.NON_NULL) CameraEntry camera,
        @JsonInclude(JsonInclude.Include.NON_NULL) Overscan overscan) {

    /** A manifest without overscan. */
    public LayersManifest(String format, int version, Generator generator, Source source, int bitsPerChannel,
                          SampleRange sampleRange, String plateFilled, List<String> history, Lens lens,
                          List<Entry> layers, CameraEntry camera) {
        this(format, version, generator, source, bitsPerChannel, sampleRange, plateFilled, history, lens, layers,
                camera, null);
    }

    /** A manifest without a matched camera (written before Match Camera, or without it). */
    public LayersManifest(String format, int version, Generator generator, Source source, int bitsPerChannel,
                          SampleRange sampleRange, String plateFilled, List<String> history, Lens lens,
                          List<Entry> layers) {
        this(format, version, generator, source, bitsPerChannel, sampleRange, plateFilled, history, lens, layers,
                null);
    }

    /** The same manifest with a camera. */
    public LayersManifest withCamera(CameraEntry newCamera) {
        return new LayersManifest(format, version, generator, source, bitsPerChannel, sampleRange, plateFilled,
                history, lens, layers, newCamera, overscan);
    }

    /**
     * Layers larger than the frame (Build Layer Stack {@code overscan=}): the layer canvas is {@code width × height}
     * px with the frame (the plate, {@code source}'s size) at ({@code marginX}, {@code marginY}); layer bounds and
     * images are in the canvas's pixels. Absent without overscan (canvas = frame). The camera is the frame's.
     */
    @JsonPropertyOrder({"margin_x", "margin_y", "width", "height"})
    public record Overscan(@JsonProperty("margin_x") int marginX, @JsonProperty("margin_y") int marginY, int width,
                           int height) {
    }

    public static final String FORMAT = "parallax-layers";
    public static final int VERSION = 1;

    /**
     * The reference camera of the glTF scene, the EXR attributes and the Nuke script: at the origin looking down −Z,
     * +Y up (absent, null, in folders written before it was recorded).
     *
     * @param verticalFov   vertical field of view in degrees (Export Layer Stack {@code fov=})
     * @param horizontalFov horizontal field of view in degrees, from the plate's aspect
     * @param focalLength   focal length in mm on the film back
     * @param filmBack      film back width and height in mm (36 mm wide; the height follows the plate's aspect)
     */
    @JsonPropertyOrder({"vertical_fov", "horizontal_fov", "focal_length", "film_back"})
    public record Lens(@JsonProperty("vertical_fov") double verticalFov,
                         @JsonProperty("horizontal_fov") double horizontalFov,
                         @JsonProperty("focal_length") double focalLength,
                         @JsonProperty("film_back") double[] filmBack) {
        public static Lens of(PlateCamera camera) {
            return new Lens(camera.verticalFov(), camera.horizontalFov(), camera.focalLength(),
                    new double[] {camera.filmBackWidth(), camera.filmBackHeight()});
        }
    }

    @JsonPropertyOrder({"name", "version"})
    public record Generator(String name, String version) {
    }

    @JsonPropertyOrder({"name", "width", "height"})
    public record Source(String name, int width, int height) {
    }

    /**
     * What the 16-bit codes of a stack made from a 16- or 32-bit plate stand for: code c is
     * {@code min + c / 65535 · (max − min)}; absent (null) for a stack made from an 8-bit plate.
     */
    @JsonPropertyOrder({"min", "max"})
    public record SampleRange(double min, double max) {
    }

    @JsonPropertyOrder({"x", "y", "width", "height"})
    public record Bounds(int x, int y, int width, int height) {
    }

    @JsonPropertyOrder({"rgba", "mask"})
    public record Files(String rgba, String mask) {
    }

    /**
     * @param image the part of the plate the layer's image files cover (the whole plate unless cropped)
     * @param card  the plane the layer lies on (Set Card Kind), absent for the upright card at {@code depth_hint}
     */
    @JsonPropertyOrder({"name", "order", "depth_hint", "bbox", "image", "files", "history", "card"})
    public record Entry(String name, int order, @JsonProperty("depth_hint") double depthHint, Bounds bbox,
                        Bounds image, Files files, List<String> history,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Card card) {

        public Entry(String name, int order, double depthHint, Bounds bbox, Bounds image, Files files,
                     List<String> history) {
            this(name, order, depthHint, bbox, image, files, history, null);
        }
    }

    /**
     * A layer's card: the plane {X : normal · X = distance} in the reference camera's frame (x right, y up, looking
     * down −Z, the frame the glTF cards are written in), the layer's texture projected onto it from the camera.
     *
     * @param kind     {@code ground}, {@code wall} or {@code sky} ({@code upright} cards are not written)
     * @param normal   unit normal x, y, z
     * @param distance the plane's signed distance from the camera along the normal, scene units
     * @param units    the scene unit (the matched camera's; {@code depth_hint} units without one)
     */
    @JsonPropertyOrder({"kind", "normal", "distance", "units"})
    public record Card(String kind, double[] normal, double distance, String units) {
    }

    /**
     * The plate's matched camera (Match Camera), in the glTF scene's frame: +Y up, the ground at y = 0, the camera
     * heading down −Z. Absent when no camera was matched.
     *
     * @param fov            vertical field of view, degrees
     * @param fovHorizontal  horizontal field of view, degrees
     * @param principalPoint where the view axis meets the plate, px
     * @param position       x, y, z in scene units: (0, height, 0)
     * @param rotation       unit quaternion x, y, z, w (glTF's node rotation): Rx(tilt) · Rz(roll)
     * @param tilt           pitch, degrees, positive looking up
     * @param roll           degrees, positive turns the camera counter-clockwise seen from behind
     * @param horizon        the horizon's image y at the plate's left and right edges, px (may lie outside)
     * @param height         the camera's height above the ground, scene units
     * @param units          the scene unit
     */
    @JsonPropertyOrder({"fov", "fov_horizontal", "principal_point", "position", "rotation", "tilt", "roll", "horizon",
            "height", "units"})
    public record CameraEntry(double fov, @JsonProperty("fov_horizontal") double fovHorizontal,
                              @JsonProperty("principal_point") Point principalPoint, double[] position,
                              double[] rotation, double tilt, double roll, Horizon horizon, double height,
                              String units) {
    }

    @JsonPropertyOrder({"x", "y"})
    public record Point(double x, double y) {
    }

    @JsonPropertyOrder({"y_left", "y_right"})
    public record Horizon(@JsonProperty("y_left") double yLeft, @JsonProperty("y_right") double yRight) {
    }
}
