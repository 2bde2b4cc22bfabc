// Plate to layers: the main job of Parallax Layers on embedded algorithms (no model download).
// Opens a plate, makes three layers from stored clicks (a pillar in front, a house in the middle, the rest as
// background), refines them, fills what the foreground hides and exports the layer stack.
//
// Arguments (ImageJ options form, e.g. from run-macro --arg out=DIR --arg overwrite):
//   plate=[path]   the plate; the stored clicks below belong to sample-images/leuven-street.jpg (751 x 563) and
//                  are scaled to a plate of another size, so a resized copy or a sequence of frames works too
//   out=[folder]   the export folder (default target/plate-to-layers)
//   overwrite      replace an existing export folder
var sx = 1;
var sy = 1;
args = getArgument();
platePath = call("ij.Macro.getValue", args, "plate", "sample-images/leuven-street.jpg");
out = call("ij.Macro.getValue", args, "out", "target/plate-to-layers");
overwrite = "";
if (matches(" " + args + " ", ".* overwrite .*"))
    overwrite = " overwrite";

setBatchMode(true);
open(platePath);
plate = getTitle();
sx = getWidth() / 751;
sy = getHeight() / 563;

// Front to back: the stone pillar with its urn, then the half-timbered house.
run("Point Mask", "plate=[" + plate + "] points=[" + scaled("498,340;497,410;495,305;500,380") + "] negative=[" + scaled("455,400;540,420;560,330;470,300;530,300;497,458;520,250;475,440") + "] layer=pillar stack=Layers");
run("Point Mask", "plate=[" + plate + "] points=[" + scaled("365,290;340,230;300,310;390,200;330,360;280,330;335,385;385,380") + "] negative=[" + scaled("440,300;250,300;450,210;300,150;340,425;430,250;380,150;255,250") + "] layer=house stack=Layers");

selectImage("Layers");
run("Refine Mask", "fill_holes islands=200 grow=1");
masks = getTitle();

run("Fill Masked Area", "plate=[" + plate + "] mask=[" + masks + "] backend=patch dilate=4");
filled = getTitle();

run("Build Layer Stack", "plate=[" + plate + "] masks=[" + masks + "] filled=[" + filled + "] background=[background]");
run("Export Layer Stack", "folder=[" + out + "]" + overwrite);
print("plate-to-layers: wrote the layers of " + plate + " to " + out);

// "x,y;x,y;..." in the sample's coordinates, scaled to this plate.
function scaled(points) {
    if (sx == 1 && sy == 1)
        return points;
    pairs = split(points, ";");
    result = "";
    for (i = 0; i < pairs.length; i++) {
        xy = split(pairs[i], ",");
        if (i > 0)
            result = result + ";";
        result = result + round(parseInt(xy[0]) * sx) + "," + round(parseInt(xy[1]) * sy);
    }
    return result;
}
