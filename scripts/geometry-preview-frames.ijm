// The README's before/after frames of the main job at orbit ±15°: the flat stack of macros/plate-to-layers.ijm
// (depth hints 1, 2, 3; fov 40) and the ground-placed stack of macros/plate-to-layers-geometry.ijm (matched camera).
// Run after both macros wrote their exports:
//   java -jar target/parallax-layers.jar run-macro scripts/geometry-preview-frames.ijm \
//        --arg flat=target/plate-to-layers --arg geometry=target/plate-to-layers-geometry --arg out=docs/images
args = getArgument();
flat = call("ij.Macro.getValue", args, "flat", "target/plate-to-layers");
geometry = call("ij.Macro.getValue", args, "geometry", "target/plate-to-layers-geometry");
out = call("ij.Macro.getValue", args, "out", "target/geometry-frames");
setBatchMode(true);
File.makeDirectory(out);
frames(flat, "flat");
frames(geometry, "geometry");

function frames(folder, name) {
    run("Import Layer Stack", "folder=[" + folder + "]");
    stack = getTitle();
    run("Parallax Preview", "stack=[" + stack + "] move=orbit amount=15 frames=3");
    preview = getTitle();
    for (i = 0; i < nResults; i++)
        print(name + " frame " + (i + 1) + ": yaw " + getResult("yaw_deg", i) + "°, holes " + getResult("holes_percent", i) + " %");
    setSlice(1);
    run("Duplicate...", "title=left");
    saveAs("PNG", out + "/leuven-" + name + "-orbit-minus15.png");
    close();
    selectImage(preview);
    setSlice(3);
    run("Duplicate...", "title=right");
    saveAs("PNG", out + "/leuven-" + name + "-orbit-plus15.png");
    close();
    close(preview);
    close(stack);
}
