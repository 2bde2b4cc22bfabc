// Plate to layers with scene geometry: the main job with the camera matched from stored lines, the layers
// stood on the ground where they touch it and the farthest ones extended beyond the frame (overscan, filled by the
// embedded exemplar fill) (docs/geometry.md), on embedded algorithms (no model download).
// The same masks as plate-to-layers.ijm; instead of depth hints 1, 2, 3 the layers get their distances in metres.
//
// Arguments (ImageJ options form, e.g. from run-macro --arg out=DIR --arg overwrite):
//   plate=[path]   the plate; the stored lines and clicks below belong to sample-images/leuven-street.jpg
//   out=[folder]   the export folder (default target/plate-to-layers-geometry)
//   overscan=N     layers reach N % of the frame beyond each edge (default 12: an orbit of ±15° about the
//                  background uncovers nothing at the frame's edges); 0 for none
//   ground         also cut the cobbled street out as a layer and put it on a ground card (Set Card Kind): the
//                  street then recedes in perspective when the camera moves, but what the plate never saw (the
//                  ground beside and under the frame, the fill behind the low wall) shows more (docs/geometry.md)
//   overwrite      replace an existing export folder
args = getArgument();
platePath = call("ij.Macro.getValue", args, "plate", "sample-images/leuven-street.jpg");
out = call("ij.Macro.getValue", args, "out", "target/plate-to-layers-geometry");
overscan = call("ij.Macro.getValue", args, "overscan", "12");
ground = matches(" " + args + " ", ".* ground .*");
overwrite = "";
if (matches(" " + args + " ", ".* overwrite .*"))
    overwrite = " overwrite";

setBatchMode(true);
open(platePath);
plate = getTitle();

// Lines measured on the plate (edge-snapped to sub-pixel): "street" follows horizontal edges of the left
// facade (its foot and window heads and sills), "across" the horizontal beams of the gabled house and the window
// heads of the right building. The two directions are not perpendicular in this beguinage (73°), which is fine
// with a known field of view: any two horizontal directions give the horizon.
street = newArray(1.97,450.87,111.96,425.83, 6.01,287.83,44.17,290.28, 6.10,391.10,44.16,387.79, 75.62,298.20,98.92,303.38, 75.01,384.11,99.00,381.96);
across = newArray(322.00,262.56,410.00,261.86, 321.99,325.75,419.97,324.60, 597.05,235.99,631.97,237.57, 645.00,238.30,684.99,238.45);
addLines(street, "street");
addLines(across, "across");
run("Select None");
// iPhone 6 (the plate's EXIF): 4.15 mm lens on a 4.8 × 3.6 mm sensor, 46.9° vertical field of view; eye level 1.6 m
run("Match Camera", "image=[" + plate + "] lines=overlay group=name fov=46.9 height=1.6 units=m");

// Front to back: the stone pillar with its urn, then the half-timbered house.
run("Point Mask", "plate=[" + plate + "] points=[498,340;497,410;495,305;500,380] negative=[455,400;540,420;560,330;470,300;530,300;497,458;520,250;475,440] layer=pillar stack=Layers");
run("Point Mask", "plate=[" + plate + "] points=[365,290;340,230;300,310;390,200;330,360;280,330;335,385;385,380] negative=[440,300;250,300;450,210;300,150;340,425;430,250;380,150;255,250] layer=house stack=Layers");
if (ground)
    run("Point Mask", "plate=[" + plate + "] points=[300,480;150,530;420,520;270,420;560,540;60,470;250,395;340,430] negative=[50,380;150,300;470,410;700,470;380,380;600,300;300,200;440,420;110,440;290,355;350,385;240,350;395,395;230,330] layer=street stack=Layers");
selectImage("Layers");
run("Refine Mask", "fill_holes islands=200 grow=1");
masks = getTitle();
run("Fill Masked Area", "plate=[" + plate + "] mask=[" + masks + "] backend=patch dilate=4");
filled = getTitle();
run("Build Layer Stack", "plate=[" + plate + "] masks=[" + masks + "] filled=[" + filled + "] background=[background] overscan=" + overscan);
layers = getTitle();

if (ground)
    run("Set Card Kind", "stack=[" + layers + "] layer=street kind=ground camera=[" + plate + "]");
run("Place Layers on Ground", "stack=[" + layers + "] camera=[" + plate + "]");
run("Export Layer Stack", "stack=[" + layers + "] folder=[" + out + "] format=all" + overwrite);
print("plate-to-layers-geometry: wrote the layers of " + plate + " to " + out);

function addLines(xy, direction) {
    for (i = 0; i < xy.length / 4; i++) {
        makeLine(xy[4 * i], xy[4 * i + 1], xy[4 * i + 2], xy[4 * i + 3]);
        Roi.setName(direction + "-" + (i + 1));
        Overlay.addSelection;
    }
}
