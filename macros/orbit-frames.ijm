// Orbit frames of an exported layer stack: imports the folder, renders the camera orbiting the farthest layer by
// -amount and +amount degrees (Parallax Preview, with the stack's matched camera when layers.json has one), logs
// the holes each frame uncovers and saves the two frames side by side. The README's before/after pictures.
//
// Arguments (ImageJ options form, e.g. run-macro macros/orbit-frames.ijm --arg folder=DIR --arg out=FILE.png):
//   folder=[folder]  an Export Layer Stack folder (layers.json)
//   out=[file]       the picture to write (.png or .jpg); nothing is overwritten without overwrite
//   amount=N         degrees of orbit each way (default 15); scene units for the other moves
//   move=orbit       or shift, pedestal, push: Parallax Preview's moves, from -amount to +amount
//   overwrite        replace an existing picture
args = getArgument();
folder = call("ij.Macro.getValue", args, "folder", "");
out = call("ij.Macro.getValue", args, "out", "");
amount = call("ij.Macro.getValue", args, "amount", "15");
move = call("ij.Macro.getValue", args, "move", "orbit");
if (folder == "" || out == "")
    exit("orbit-frames: give folder=[export folder] and out=[picture file].");
if (File.exists(out) && !matches(" " + args + " ", ".* overwrite .*"))
    exit("orbit-frames: " + out + " exists already; add overwrite to replace it.");

setBatchMode(true);
run("Import Layer Stack", "folder=[" + folder + "]");
stack = getTitle();
run("Parallax Preview", "stack=[" + stack + "] move=" + move + " amount=" + amount + " frames=2");
preview = getTitle();
for (i = 0; i < nResults; i++)
    print("orbit-frames: " + folder + " at " + where(i) + ": holes " + d2s(getResult("holes_percent", i), 2)
            + " % of the frame");
selectImage(preview);
run("Make Montage...", "columns=2 rows=1 scale=1 border=6");
if (endsWith(toLowerCase(out), ".jpg"))
    saveAs("Jpeg", out);
else
    saveAs("PNG", out);
print("orbit-frames: wrote " + out);

function where(row) {
    if (move == "orbit")
        return d2s(getResult("yaw_deg", row), 1) + " deg";
    return "camera (" + d2s(getResult("camera_x", row), 2) + ", " + d2s(getResult("camera_y", row), 2) + ", "
            + d2s(getResult("camera_z", row), 2) + ")";
}
