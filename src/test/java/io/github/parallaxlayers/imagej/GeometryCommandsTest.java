package io.github.parallaxlayers.imagej;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.geometry.Camera;
import io.github.parallaxlayers.geometry.LineGroup;
import io.github.parallaxlayers.geometry.LineSegment;
import io.github.parallaxlayers.geometry.SyntheticLines;
import io.github.parallaxlayers.layers.LayerStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static io.github.parallaxlayers.imagej.ImageJTestSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Match Camera and Place Layers on Ground through real macros, headless, on a plate with known geometry. */
class GeometryCommandsTest {
    // level camera, 800 × 600, vertical fov 50°, eye at 1.6 m
    private static final Camera TRUTH = Camera.level(800, 600, 50, 1.6);

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    /** Lines of two perpendicular horizontal directions, as overlay selections named x-1 … and z-1 …. */
    private static String lines(int perDirection) {
        SyntheticLines scene = new SyntheticLines(TRUTH, 21, 0);
        StringBuilder macro = new StringBuilder("newImage('plate', 'RGB black', 800, 600, 1);");
        List<LineGroup> groups = List.of(scene.group("x", SyntheticLines.horizontal(30), perDirection, 3),
                scene.group("z", SyntheticLines.horizontal(120), 6, 3));
        for (LineGroup g : groups) {
            int k = 1;
            for (LineSegment l : g.lines()) {
                macro.append(String.format(Locale.ROOT, "makeLine(%.4f, %.4f, %.4f, %.4f); Roi.setName('%s-%d');"
                        + " Overlay.addSelection;", l.x1(), l.y1(), l.x2(), l.y2(), g.name(), k++));
            }
        }
        return macro.append("run('Select None');").toString();
    }

    /** Ground contact rows: y = 300 + f · 1.6 / d seen from the level camera. */
    private static int contactRow(double distance) {
        return (int) Math.round(300 + TRUTH.focalPixels() * 1.6 / distance);
    }

    private static double depthAtRow(int row) {
        return TRUTH.project(TRUTH.groundPoint(400, row))[2];
    }

    @Test
    void matchCameraThenPlaceLayersOnGroundThenExport() throws Exception {
        int boxRow = contactRow(5);
        int postRow = contactRow(9);
        Path folder = temp.resolve("export");
        ok(lines(6)
                + "run('Match Camera', 'image=plate height=1.6');"
                + "newImage('masks', '8-bit black', 800, 600, 4); setColor(255);"
                + "setSlice(1); setMetadata('Label', 'sky'); fillRect(0, 0, 800, 150);"
                + "setSlice(2); setMetadata('Label', 'post'); fillRect(500, " + (postRow - 160) + ", 30, 160);"
                + "setSlice(3); setMetadata('Label', 'box'); fillRect(150, " + (boxRow - 60) + ", 120, 60);"
                + "setSlice(4); setMetadata('Label', 'street'); fillRect(0, 150, 800, 450);"
                + "run('Build Layer Stack', 'plate=plate masks=masks');"
                + "run('Place Layers on Ground', 'stack=plate-layers');"
                + "run('Export Layer Stack', 'stack=plate-layers folder=[" + folder + "] format=gltf');");
        Camera matched = CameraProperty.get(image("plate"));
        assertNotNull(matched);
        assertEquals(50, matched.verticalFov(), 1e-3);
        assertEquals(0, matched.tilt(), 1e-3);
        assertEquals(0, matched.roll(), 1e-3);
        LayerStack stack = LayerImages.fromImage(image("plate-layers"));
        assertEquals(List.of("box", "post", "street", "sky"), stack.layers().stream().map(l -> l.name()).toList());
        assertEquals(depthAtRow(boxRow), stack.layers().get(0).depthHint(), 0.01);
        assertEquals(depthAtRow(postRow), stack.layers().get(1).depthHint(), 0.02);
        assertEquals(2 * stack.layers().get(1).depthHint(), stack.layers().get(2).depthHint(), 1e-3);
        assertEquals(10 * stack.layers().get(1).depthHint(), stack.layers().get(3).depthHint(), 1e-3);
        assertNotNull(CameraProperty.get(image("plate-layers")));
        JsonNode json = new ObjectMapper().readTree(folder.resolve("layers.json").toFile());
        assertEquals(50, json.at("/camera/fov").asDouble(), 1e-3);
        assertEquals(1.6, json.at("/camera/height").asDouble(), 1e-9);
        assertEquals(1.6, new ObjectMapper().readTree(folder.resolve("scene.gltf").toFile())
                .at("/nodes/0/translation/1").asDouble(), 1e-9);
        ok("run('Import Layer Stack', 'folder=[" + folder + "]');");
        Camera imported = CameraProperty.get(image("plate-layers"));
        assertEquals(matched.verticalFov(), imported.verticalFov(), 1e-9);
    }

    /**
     * Set Card Kind on a street scene: the street on the ground, a facade 3 m left of the camera running down the
     * street (its foot drawn from 5 to 20 m) as a wall, the sky; the cards travel with the ImageJ stack, into
     * layers.json and back through Import Layer Stack.
     */
    @Test
    void setCardKindPutsLayersOnGroundWallAndSky() throws Exception {
        double f = TRUTH.focalPixels();
        double[] near = {400 - 3 * f / 5, 300 + 1.6 * f / 5, 300 - 2.4 * f / 5};
        double[] far = {400 - 3 * f / 20, 300 + 1.6 * f / 20, 300 - 2.4 * f / 20};
        Path folder = temp.resolve("cards");
        ok(lines(6)
                + "run('Match Camera', 'image=plate height=1.6');"
                + "newImage('masks', '8-bit black', 800, 600, 4); setColor(255);"
                + String.format(Locale.ROOT, "setSlice(1); setMetadata('Label', 'facade');"
                        + " makePolygon(%.3f, %.3f, %.3f, %.3f, %.3f, %.3f, %.3f, %.3f); fill(); run('Select None');",
                        near[0], near[1], far[0], far[1], far[0], far[2], near[0], near[2])
                + "setSlice(2); setMetadata('Label', 'post'); fillRect(500, 300, 30, 60);"
                + "setSlice(3); setMetadata('Label', 'street'); fillRect(0, 320, 800, 280);"
                + "setSlice(4); setMetadata('Label', 'sky'); fillRect(0, 0, 800, 150);"
                + "run('Build Layer Stack', 'plate=plate masks=masks');"
                + "run('Set Card Kind', 'stack=plate-layers layer=street kind=ground');"
                + "run('Set Card Kind', 'stack=plate-layers layer=facade kind=wall');"
                + "run('Set Card Kind', 'stack=plate-layers layer=sky kind=sky');"
                + "run('Export Layer Stack', 'stack=plate-layers folder=[" + folder + "] format=glb');");
        LayerStack stack = LayerImages.fromImage(image("plate-layers"));
        io.github.parallaxlayers.geometry.CardPlane wall = stack.layers().get(0).card();
        assertEquals(io.github.parallaxlayers.geometry.CardKind.WALL, wall.kind());
        // the plane x = −3 with its normal toward the camera: n = (1, 0, 0), d = −3
        assertEquals(1, wall.normal().x(), 1e-4);
        assertEquals(-3, wall.distance(), 0.03);
        io.github.parallaxlayers.geometry.CardPlane ground = stack.layers().get(2).card();
        assertEquals(io.github.parallaxlayers.geometry.CardKind.GROUND, ground.kind());
        assertEquals(1, ground.normal().y(), 1e-9);
        assertEquals(-1.6, ground.distance(), 1e-9);
        io.github.parallaxlayers.geometry.CardPlane sky = stack.layers().get(3).card();
        assertEquals(io.github.parallaxlayers.geometry.CardKind.SKY, sky.kind());
        assertEquals(stack.layers().get(3).depthHint(), sky.distance(), 1e-12);
        assertEquals(null, stack.layers().get(1).card()); // the post stays upright
        assertNotNull(CameraProperty.get(image("plate-layers")));

        JsonNode json = new ObjectMapper().readTree(folder.resolve("layers.json").toFile());
        assertEquals("wall", json.at("/layers/0/card/kind").asText());
        assertEquals(-3, json.at("/layers/0/card/distance").asDouble(), 0.03);
        assertEquals("m", json.at("/layers/0/card/units").asText());
        assertTrue(json.at("/layers/1/card").isMissingNode(), json.toString());
        assertEquals("ground", json.at("/layers/2/card/kind").asText());
        assertEquals(1, json.at("/layers/2/card/normal/1").asDouble(), 1e-9);
        assertEquals("sky", json.at("/layers/3/card/kind").asText());

        ImageJTestSupport.closeAll();
        ok("run('Import Layer Stack', 'folder=[" + folder + "]');");
        LayerStack back = LayerImages.fromImage(image("plate-layers"));
        for (int i = 0; i < 4; i++) {
            assertEquals(stack.layers().get(i).card(), back.layers().get(i).card(), "layer " + i);
        }
        // back to upright: the card is gone and the property with it
        ok("run('Set Card Kind', 'stack=plate-layers layer=street kind=upright');"
                + "run('Set Card Kind', 'stack=plate-layers layer=facade kind=upright');"
                + "run('Set Card Kind', 'stack=plate-layers layer=sky kind=upright');");
        assertEquals(null, image("plate-layers").getProp(CardProperty.PROPERTY));
    }

    /**
     * Parallax Preview of a stack with a ground card renders through the card renderer (the geometry of
     * evaluate-views): its frames are CardRenderer's, the reference frame is the plate's composite, and a move shows
     * the street in perspective where the upright card would slide it as one piece.
     */
    @Test
    void parallaxPreviewRendersGroundCardsInPerspective() {
        ok(lines(6)
                + "run('Match Camera', 'image=plate height=1.6');"
                + "newImage('texture', 'RGB noise', 800, 600, 1);"
                + "newImage('masks', '8-bit black', 800, 600, 2); setColor(255);"
                + "setSlice(1); setMetadata('Label', 'street'); fillRect(0, 330, 800, 270);"
                + "setSlice(2); setMetadata('Label', 'sky'); fillRect(0, 0, 800, 330);"
                + "run('Build Layer Stack', 'plate=texture masks=masks');"
                + "run('Set Layer Depth', 'stack=texture-layers layer=sky depth=50');"
                + "run('Set Card Kind', 'stack=texture-layers layer=street kind=ground camera=plate');"
                + "run('Parallax Preview', 'stack=texture-layers move=shift amount=0.5 frames=3 width=200');");
        LayerStack stack = LayerImages.fromImage(image("texture-layers"));
        Camera camera = CameraProperty.get(image("texture-layers"));
        io.github.parallaxlayers.layers.ParallaxRenderer upright = new io.github.parallaxlayers.layers
                .ParallaxRenderer(stack, camera.verticalFov(), camera.principalX(), camera.principalY());
        io.github.parallaxlayers.layers.CardRenderer cards = new io.github.parallaxlayers.layers.CardRenderer(stack,
                io.github.parallaxlayers.layers.CardRenderer.planes(stack), camera.verticalFov(), camera.principalX(),
                camera.principalY());
        List<io.github.parallaxlayers.layers.ParallaxRenderer.Pose> path = upright.path(
                io.github.parallaxlayers.layers.CameraMove.SHIFT, 0.5, 3);
        ij.ImagePlus preview = image("texture-layers-preview");
        for (int f = 0; f < 3; f++) {
            int[] shown = (int[]) preview.getStack().getProcessor(f + 1).getPixels();
            int[] expected = cards.render(io.github.parallaxlayers.layers.ParallaxRenderer.view(path.get(f)), 200, 150,
                    io.github.parallaxlayers.core.ProgressListener.NONE).rgb();
            assertTrue(java.util.Arrays.equals(expected, shown), "frame " + (f + 1) + " is the card renderer's");
        }
        int[] last = (int[]) preview.getStack().getProcessor(3).getPixels();
        int[] slid = upright.render(path.get(2), 200, 150, io.github.parallaxlayers.core.ProgressListener.NONE).rgb();
        assertTrue(!java.util.Arrays.equals(slid, last), "the ground is not the upright card");
        // the middle frame of a truck is the reference camera: the plate, within the 8-bit rounding of the layers
        int[] middle = (int[]) preview.getStack().getProcessor(2).getPixels();
        int[] reference = upright.render(path.get(1), 200, 150, io.github.parallaxlayers.core.ProgressListener.NONE)
                .rgb();
        assertEquals(0, path.get(1).x(), 1e-12);
        int worst = 0;
        for (int i = 0; i < middle.length; i++) {
            for (int shift = 0; shift < 24; shift += 8) {
                worst = Math.max(worst, Math.abs((middle[i] >> shift & 255) - (reference[i] >> shift & 255)));
            }
        }
        assertTrue(worst <= 1, "the reference view is the same with either renderer (worst " + worst + ")");
    }

    /**
     * With overscan the ground goes on past the frame: Set Card Kind gives the street the bottom margin and the side
     * margins beside it (coloured as the outpainted background there), not the margins above the horizon, and the
     * frame's pixels do not change.
     */
    @Test
    void aGroundCardOnAStackWithOverscanContinuesIntoTheMarginsBesideIt() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(lines(6)
                + "run('Match Camera', 'image=plate height=1.6');"
                + "newImage('texture', 'RGB noise', 800, 600, 1);"
                + "newImage('masks', '8-bit black', 800, 600, 1); setColor(255);"
                + "setMetadata('Label', 'street'); fillRect(0, 330, 800, 270);"
                + "run('Build Layer Stack', 'plate=texture masks=masks background=sky overscan=10');"
                + "run('Set Card Kind', 'stack=texture-layers layer=street kind=ground camera=plate');");
        assertTrue(run.output().contains("Set Card Kind: 'street' is on the ground, 1.60 m below the camera; it goes on "
                + "into the overscan margins beside the frame's edges it reaches."), run.output());
        LayerStack stack = LayerImages.fromImage(image("texture-layers"));
        assertEquals(80, stack.marginX());
        assertEquals(60, stack.marginY());
        int w = stack.width();
        int[] street = stack.layers().get(0).argb();
        int[] sky = stack.layers().get(1).argb();
        assertEquals(255, street[(60 + 600 + 30) * w + 400] >>> 24, "below the frame");
        assertEquals(255, street[(60 + 450) * w + 20] >>> 24, "left of the frame, beside the street");
        assertEquals(255, street[(60 + 600 + 59) * w + 959] >>> 24, "the bottom right corner");
        assertEquals(0, street[(60 + 100) * w + 20] >>> 24, "left of the frame, beside the sky");
        assertEquals(0, street[30 * w + 400] >>> 24, "above the frame");
        assertEquals(street[(60 + 600 + 30) * w + 400] & 0xffffff, sky[(60 + 600 + 30) * w + 400] & 0xffffff,
                "coloured as the outpainted background below the frame");
        ij.ImagePlus texture = image("texture");
        int[] plate = (int[]) texture.getProcessor().getPixels();
        for (int y = 330; y < 600; y += 37) {
            for (int x = 0; x < 800; x += 53) {
                assertEquals(plate[y * 800 + x] & 0xffffff, street[(y + 60) * w + x + 80] & 0xffffff);
                assertEquals(255, street[(y + 60) * w + x + 80] >>> 24);
            }
        }
    }

    @Test
    void setCardKindRefusesAWallThatDoesNotTouchTheGround() {
        ImageJTestSupport.Run cut = ImageJTestSupport.runMacro(lines(6)
                + "run('Match Camera', 'image=plate height=1.6');"
                + "newImage('m', '8-bit black', 800, 600, 1); setColor(255); fillRect(100, 400, 200, 200);"
                + "setMetadata('Label', 'hedge');"
                + "run('Build Layer Stack', 'plate=plate masks=m');"
                + "run('Set Card Kind', 'stack=plate-layers layer=hedge kind=wall');");
        assertEquals("Set Card Kind: Layer 'hedge' does not touch the ground along a line (its bottom is cut by the "
                + "frame's lower edge), so no wall can stand on it: a wall needs a visible foot at least 16 px wide; "
                + "give it kind=upright or kind=ground instead.", cut.error());
    }

    @Test
    void linesGroupedByColourWithAVerticalGroup() {
        // three directions by colour; the cyan group is named vertical by vertical=#00ffff
        Camera truth = new Camera(800, 600, 55, 400, 300, 6, -2, 1.6, "m");
        SyntheticLines scene = new SyntheticLines(truth, 5, 0);
        StringBuilder macro = new StringBuilder("newImage('plate', 'RGB black', 800, 600, 1);");
        String[] colours = {"red", "green", "cyan"};
        List<LineGroup> groups = List.of(scene.group("a", SyntheticLines.horizontal(35), 4, 3),
                scene.group("b", SyntheticLines.horizontal(125), 4, 3),
                scene.group("c", new io.github.parallaxlayers.geometry.Vec3(0, 1, 0), 4, 2));
        for (int g = 0; g < 3; g++) {
            for (LineSegment l : groups.get(g).lines()) {
                macro.append(String.format(Locale.ROOT, "makeLine(%.4f, %.4f, %.4f, %.4f); Overlay.addSelection('%s');",
                        l.x1(), l.y1(), l.x2(), l.y2(), colours[g]));
            }
        }
        ok(macro + "run('Select None'); run('Match Camera', 'image=plate group=colour vertical=#00ffff');");
        Camera matched = CameraProperty.get(image("plate"));
        assertEquals(55, matched.verticalFov(), 1e-3);
        assertEquals(6, matched.tilt(), 1e-3);
        assertEquals(-2, matched.roll(), 1e-3);
        assertEquals(400, matched.principalX(), 0.05); // the orthocentre of three vanishing points
        ImageJTestSupport.Run wrong = ImageJTestSupport.runMacro(macro
                + "run('Match Camera', 'image=plate group=colour vertical=#123456');");
        assertTrue(wrong.error().contains("vertical=#123456 names no group of lines; the groups are: #ff0000, "
                + "#00ff00, #00ffff"), wrong.error());
    }

    @Test
    void referenceObjectSetsTheCameraHeight() {
        // a 2 m post 9 m away, drawn from its foot to its top
        double f = TRUTH.focalPixels();
        double foot = 300 + f * 1.6 / 9;
        double top = 300 - f * 0.4 / 9;
        ok(lines(6) + String.format(Locale.ROOT, "makeLine(500, %.4f, 500, %.4f); Roi.setName('pole');"
                + " Overlay.addSelection;", foot, top)
                + "run('Match Camera', 'image=plate reference=pole reference_height=2');");
        assertEquals(1.6, CameraProperty.get(image("plate")).eyeHeight(), 1e-3);
    }

    @Test
    void badInputGetsOneClearLine() {
        ImageJTestSupport.Run one = ImageJTestSupport.runMacro(lines(1) + "run('Match Camera', 'image=plate');");
        assertEquals("Match Camera: Direction 'x' has 1 line; draw at least two lines along edges that are parallel "
                + "in the scene for each direction.", one.error());
        ImageJTestSupport.Run zero = ImageJTestSupport.runMacro(lines(6)
                + "run('Match Camera', 'image=plate height=0');");
        assertTrue(zero.error().contains("height=0 puts the camera at or below the ground"), zero.error());
        ImageJTestSupport.Run none = ImageJTestSupport.runMacro("newImage('bare', 'RGB black', 80, 60, 1);"
                + "run('Match Camera', 'image=bare');");
        assertTrue(none.error().contains("No straight-line selections were found in the overlay of 'bare'"),
                none.error());
        ImageJTestSupport.Run noCamera = ImageJTestSupport.runMacro("newImage('p', 'RGB black', 80, 60, 1);"
                + "newImage('m', '8-bit black', 80, 60, 1); setColor(255); fillRect(10, 10, 20, 20);"
                + "run('Build Layer Stack', 'plate=p masks=m');"
                + "run('Place Layers on Ground', 'stack=p-layers');");
        assertTrue(noCamera.error().contains("has no matched camera") && noCamera.error().contains("Match Camera"),
                noCamera.error());
        for (String error : List.of(one.error(), zero.error(), none.error(), noCamera.error())) {
            assertTrue(!error.contains("\n") && !error.contains("Exception"), error);
        }
    }
}
