"""Renders procedural test scenes for the 2.5D fidelity benchmark (evaluate-views --layout scenes).

Run:  blender -b --factory-startup --python scripts/blender/render_scenes.py -- \
          --out target/scenes [--size 320x240] scripts/blender/scenes/street.json [more.json ...]

Each scene JSON gives the camera (position, look-at point, vertical field of view), the layout (boxes with a
texture each), the textures (brick, cobbles, plaster, noise, sky: generated here with numpy from a fixed seed), the
pivot distance and the move sizes; a new scene needs a new JSON file, no code. For every scene the script writes
OUT/<name>/:
  camera.json            frame size, vertical field of view, pivot, the ground plane in the reference camera's
                         frame (normal, height), and per view: name, move, amount, image, depth,
                         world position and rotation, and the pose relative to the reference camera
  reference.png          the reference view (8-bit sRGB)
  <view>.png             truck-/+, pedestal-/+, dolly-/+, orbit-15 ... orbit+15
  <view>.depth.f32       every view's depth: planar distance along the view axis (scene units = metres),
                         little-endian float32, width x height, top row first
Moves are in the reference camera's own frame (+X right, +Y up, looking down -Z): truck = x, pedestal = y,
dolly + = towards the scene (-z), orbit +a = the camera swings a degrees to its right around the pivot, the point
on the reference view axis at pivot_distance, and keeps looking at it. Rendering uses Workbench with flat lighting
and texture colour (the image shows each surface's texture unchanged from any view, as the layer cards assume),
8 anti-aliasing samples and the Standard view transform, so every run gives the same pixels.
"""
import json
import math
import os
import sys

import bpy
import numpy as np
from mathutils import Matrix, Vector


def arguments():
    argv = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else []
    out, size, files = None, None, []
    i = 0
    while i < len(argv):
        if argv[i] == "--out":
            out = argv[i + 1]
            i += 2
        elif argv[i] == "--size":
            size = tuple(int(v) for v in argv[i + 1].lower().split("x"))
            i += 2
        else:
            files.append(argv[i])
            i += 1
    if out is None or not files:
        sys.exit("render_scenes.py: give --out DIR and at least one scene .json after '--'")
    return out, size, files


# ---------------------------------------------------------------- textures (tileable, seeded, numpy only)

def fractal(rng, n, slope, cutoff=1.0):
    """Tileable noise in 0..1: white noise shaped to a 1/f^slope spectrum (FFT, so it wraps around)."""
    f = np.fft.fftfreq(n)
    radius = np.sqrt(f[:, None] ** 2 + f[None, :] ** 2)
    radius[0, 0] = 1
    spectrum = np.fft.fft2(rng.standard_normal((n, n))) / radius ** slope
    spectrum[radius > cutoff * 0.5] = 0
    spectrum[0, 0] = 0
    field = np.real(np.fft.ifft2(spectrum))
    field -= field.min()
    return field / max(field.max(), 1e-9)


def mix(c0, c1, t):
    c0 = np.asarray(c0, dtype=np.float64)
    c1 = np.asarray(c1, dtype=np.float64)
    return c0 * (1 - t[..., None]) + c1 * t[..., None]


def brick(rng, n, colors):
    """8 x 8 bricks, running bond; per-brick tint and fine grain, light mortar."""
    y, x = np.mgrid[0:n, 0:n] / n * 8
    row = np.floor(y).astype(int)
    xs = x + 0.5 * (row % 2)
    col = np.floor(xs).astype(int) % 8
    tint = rng.uniform(0.0, 0.45, (8, 8))[row % 8, col]
    grain = fractal(rng, n, 0.8)
    mortar = (np.minimum(xs % 1, 1 - xs % 1) < 0.05) | (np.minimum(y % 1, 1 - y % 1) < 0.07)
    rgb = mix(colors[0], np.asarray(colors[0]) * 0.6, tint + 0.3 * (grain - 0.5))
    rgb[mortar] = mix(colors[1], np.asarray(colors[1]) * 0.8, grain)[mortar]
    return rgb


def cobbles(rng, n, colors):
    """8 x 8 jittered Voronoi stones with dark joints (distances wrap, so the texture tiles)."""
    cells = 8
    seeds = (np.stack(np.mgrid[0:cells, 0:cells], -1) + rng.uniform(0.15, 0.85, (cells, cells, 2))).reshape(-1, 2)
    tint = rng.uniform(0, 1, len(seeds))
    y, x = np.mgrid[0:n, 0:n] / n * cells
    d1 = np.full((n, n), 1e9)
    d2 = np.full((n, n), 1e9)
    nearest = np.zeros((n, n), dtype=int)
    for k, (sy, sx) in enumerate(seeds):
        dy = np.abs(y - sy)
        dx = np.abs(x - sx)
        d = np.hypot(np.minimum(dy, cells - dy), np.minimum(dx, cells - dx))
        closer = d < d1
        d2 = np.where(closer, d1, np.minimum(d2, d))
        nearest = np.where(closer, k, nearest)
        d1 = np.where(closer, d, d1)
    grain = fractal(rng, n, 1.0)
    t = np.clip(0.6 * tint[nearest] + 0.4 * grain, 0, 1)
    rgb = mix(colors[0], np.asarray(colors[0]) * 0.75, t)
    joint = np.clip((d2 - d1) / 0.12, 0, 1)
    return np.asarray(colors[1], dtype=np.float64) * (1 - joint[..., None]) + rgb * joint[..., None]


def plaster(rng, n, colors):
    return mix(colors[0], colors[1], np.clip(0.75 * fractal(rng, n, 1.6) + 0.25 * fractal(rng, n, 0.7), 0, 1))


def noise(rng, n, colors):
    streaks = fractal(rng, n, 1.2)
    streaks = np.repeat(streaks.mean(axis=0, keepdims=True), n, axis=0) * 0.6 + 0.4 * streaks
    return mix(colors[0], colors[1], np.clip(streaks, 0, 1))


def sky(rng, n, colors):
    v = np.linspace(0, 1, n)[:, None] * np.ones((1, n))
    clouds = fractal(rng, n, 1.8)
    rgb = mix(colors[0], colors[1], np.clip(v * 1.2, 0, 1))
    return rgb + 0.12 * np.clip(clouds - 0.5, 0, 1)[..., None]


GENERATORS = {"brick": brick, "cobbles": cobbles, "plaster": plaster, "noise": noise, "sky": sky}


def make_image(name, spec, rng):
    n = int(spec.get("size", 256))
    kind = spec["kind"]
    if kind not in GENERATORS:
        sys.exit("render_scenes.py: texture '%s' has unknown kind '%s'; use one of %s" % (name, kind, sorted(GENERATORS)))
    rgb = np.clip(GENERATORS[kind](rng, n, spec["colors"]), 0, 1)
    rgba = np.concatenate([rgb, np.ones((n, n, 1))], axis=2)
    image = bpy.data.images.new(name, n, n, alpha=False)
    # numpy row 0 = top; Blender's first row is the bottom
    image.pixels.foreach_set(rgba[::-1].astype(np.float32).ravel())
    image.pack()
    return image


def make_material(name, image):
    material = bpy.data.materials.new(name)
    material.use_nodes = True
    nodes = material.node_tree.nodes
    texture = nodes.new("ShaderNodeTexImage")
    texture.image = image
    texture.interpolation = "Linear"
    material.node_tree.links.new(texture.outputs["Color"], nodes["Principled BSDF"].inputs["Base Color"])
    nodes.active = texture
    return material


# ---------------------------------------------------------------- geometry

def add_box(spec, material, tile):
    """A box from min/max corners, six outward quads, UVs in metres / tile (tile 0: each face spans 0..1)."""
    (x0, y0, z0), (x1, y1, z1) = spec["min"], spec["max"]
    faces = [  # corners counter-clockwise seen from outside, with the two axes that span the face
        ([(x0, y0, z0), (x1, y0, z0), (x1, y0, z1), (x0, y0, z1)], 0, 2),  # -Y (towards the camera)
        ([(x1, y1, z0), (x0, y1, z0), (x0, y1, z1), (x1, y1, z1)], 0, 2),  # +Y
        ([(x0, y1, z0), (x0, y0, z0), (x0, y0, z1), (x0, y1, z1)], 1, 2),  # -X
        ([(x1, y0, z0), (x1, y1, z0), (x1, y1, z1), (x1, y0, z1)], 1, 2),  # +X
        ([(x0, y0, z1), (x1, y0, z1), (x1, y1, z1), (x0, y1, z1)], 0, 1),  # +Z (top)
        ([(x0, y1, z0), (x1, y1, z0), (x1, y0, z0), (x0, y0, z0)], 0, 1),  # -Z
    ]
    verts, polys, uvs = [], [], []
    tw, th = (tile if isinstance(tile, list) else [tile, tile])
    for corners, a, b in faces:
        base = len(verts)
        lo_a = min(c[a] for c in corners)
        lo_b = min(c[b] for c in corners)
        span_a = max(c[a] for c in corners) - lo_a
        span_b = max(c[b] for c in corners) - lo_b
        for c in corners:
            verts.append(c)
            if tw == 0:
                uvs.append(((c[a] - lo_a) / span_a, (c[b] - lo_b) / span_b))
            else:
                uvs.append((c[a] / (8 * tw), c[b] / (8 * th)))
        polys.append(tuple(range(base, base + 4)))
    mesh = bpy.data.meshes.new(spec["name"])
    mesh.from_pydata(verts, [], polys)
    layer = mesh.uv_layers.new(name="UVMap")
    for loop in mesh.loops:
        layer.data[loop.index].uv = uvs[loop.vertex_index]
    mesh.materials.append(material)
    obj = bpy.data.objects.new(spec["name"], mesh)
    bpy.context.scene.collection.objects.link(obj)
    return obj


def look_at(position, target):
    direction = Vector(target) - Vector(position)
    rotation = direction.to_track_quat("-Z", "Y").to_matrix().to_4x4()
    return Matrix.Translation(Vector(position)) @ rotation


def views(scene):
    """(name, move, amount, x, y, z, yaw) in the reference camera's frame."""
    m = scene["moves"]
    d = float(scene["pivot_distance"])
    out = [("reference", "reference", 0.0, 0, 0, 0, 0)]
    for sign, tag in ((-1, "-"), (1, "+")):
        out.append(("truck" + tag, "truck", sign * m["truck"], sign * m["truck"], 0, 0, 0))
    for sign, tag in ((-1, "-"), (1, "+")):
        out.append(("pedestal" + tag, "pedestal", sign * m["pedestal"], 0, sign * m["pedestal"], 0, 0))
    for sign, tag in ((-1, "-"), (1, "+")):
        out.append(("dolly" + tag, "dolly", sign * m["dolly"], 0, 0, -sign * m["dolly"], 0))
    for angle in sorted([-a for a in m["orbit"]] + list(m["orbit"])):
        t = math.radians(angle)
        out.append(("orbit%+d" % angle, "orbit", float(angle), d * math.sin(t), 0, d * (math.cos(t) - 1), t))
    return out


# ---------------------------------------------------------------- rendering

def setup_render(scene_spec, size):
    scene = bpy.context.scene
    width, height = size or (scene_spec["width"], scene_spec["height"])
    scene.render.engine = "BLENDER_WORKBENCH"
    scene.display.shading.light = "FLAT"
    scene.display.shading.color_type = "TEXTURE"
    scene.display.render_aa = "8"
    scene.view_settings.view_transform = "Standard"
    scene.view_settings.look = "None"
    scene.render.resolution_x = width
    scene.render.resolution_y = height
    scene.render.resolution_percentage = 100
    scene.render.image_settings.file_format = "PNG"
    scene.render.image_settings.color_mode = "RGB"
    scene.render.image_settings.color_depth = "8"
    scene.render.dither_intensity = 0
    # no clock or machine in the PNG metadata, so two runs write byte-identical files
    for stamp in ("use_stamp_date", "use_stamp_time", "use_stamp_render_time", "use_stamp_memory",
                  "use_stamp_hostname"):
        setattr(scene.render, stamp, False)
    scene.view_layers[0].use_pass_z = True
    scene.use_nodes = True
    tree = scene.node_tree
    tree.nodes.clear()
    layers = tree.nodes.new("CompositorNodeRLayers")
    composite = tree.nodes.new("CompositorNodeComposite")
    # Depth goes through a 32-bit float EXR that is read back here and rewritten as raw floats (Java needs no EXR
    # reader); the viewer node is not updated in background mode.
    depth_out = tree.nodes.new("CompositorNodeOutputFile")
    depth_out.format.file_format = "OPEN_EXR"
    depth_out.format.color_depth = "32"
    depth_out.format.color_mode = "RGB"
    depth_out.format.exr_codec = "ZIP"
    tree.links.new(layers.outputs["Image"], composite.inputs["Image"])
    tree.links.new(layers.outputs["Depth"], depth_out.inputs[0])
    return width, height, depth_out


def render_scene(spec, out_root, size):
    bpy.ops.wm.read_factory_settings(use_empty=True)
    scene = bpy.context.scene
    rng = np.random.default_rng(int(spec["seed"]))
    materials = {}
    for name in sorted(spec["textures"]):
        materials[name] = make_material(name, make_image(name, spec["textures"][name], rng))
    for obj in spec["objects"]:
        if obj.get("kind", "box") != "box":
            sys.exit("render_scenes.py: object '%s' has kind '%s'; only 'box' is known" % (obj["name"], obj["kind"]))
        add_box(obj, materials[obj["texture"]], spec["textures"][obj["texture"]]["tile_m"])
    width, height, depth_out = setup_render(spec, size)
    cam_spec = spec["camera"]
    camera_data = bpy.data.cameras.new("camera")
    fov = float(cam_spec["vertical_fov_degrees"])
    camera_data.sensor_fit = "VERTICAL"
    camera_data.sensor_height = 24.0
    camera_data.lens = 12.0 / math.tan(math.radians(fov) / 2)
    camera_data.clip_start = 0.05
    camera_data.clip_end = 5000
    camera = bpy.data.objects.new("camera", camera_data)
    scene.collection.objects.link(camera)
    scene.camera = camera
    reference = look_at(cam_spec["position"], cam_spec["look_at"])
    folder = os.path.join(out_root, spec["name"])
    os.makedirs(folder, exist_ok=True)
    pivot = reference @ Vector((0, 0, -float(spec["pivot_distance"])))
    records = []
    for name, move, amount, x, y, z, yaw in views(spec):
        camera.matrix_world = reference @ Matrix.Translation((x, y, z)) @ Matrix.Rotation(yaw, 4, "Y")
        scene.render.filepath = os.path.join(folder, name + ".png")
        depth_out.base_path = folder
        depth_out.file_slots[0].path = "_depth_" + name + "_"
        bpy.ops.render.render(write_still=True)
        exr = os.path.join(folder, "_depth_%s_%04d.exr" % (name, scene.frame_current))
        image = bpy.data.images.load(exr)
        pixels = np.empty(width * height * image.channels, dtype=np.float32)
        image.pixels.foreach_get(pixels)
        depth = pixels.reshape(height, width, image.channels)[::-1, :, 0]
        depth.astype("<f4").tofile(os.path.join(folder, name + ".depth.f32"))
        bpy.data.images.remove(image)
        os.remove(exr)
        world = camera.matrix_world
        records.append({
            "name": name, "move": move, "amount": amount,
            "image": name + ".png", "depth": name + ".depth.f32",
            "position": list(world.translation),
            "rotation_euler_xyz_degrees": [math.degrees(a) for a in world.to_euler("XYZ")],
            "relative": {"x": x, "y": y, "z": z, "yaw_degrees": math.degrees(yaw)},
        })
    # the ground plane in the reference camera's frame (+X right, +Y up, looking down -Z): the top of the object
    # named "ground" (z = 0 when there is none); its points X satisfy normal . X = -height
    ground_z = max((float(o["max"][2]) for o in spec["objects"] if o["name"] == "ground"), default=0.0)
    up = reference.to_3x3().transposed() @ Vector((0, 0, 1))
    description_ground = {"normal": list(up), "height": float(reference.translation.z) - ground_z}
    description = {
        "scene": spec["name"], "description": spec.get("description", ""), "seed": spec["seed"],
        "width": width, "height": height, "vertical_fov_degrees": fov,
        "depth_format": "float32 little-endian, width x height, top row first; planar distance along the view axis",
        "pivot_distance": float(spec["pivot_distance"]), "pivot": list(pivot),
        "moves": "relative poses in the reference camera frame (+X right, +Y up, looking down -Z); yaw about +Y",
        "ground": description_ground,
        "views": records,
    }
    with open(os.path.join(folder, "camera.json.tmp"), "w") as f:
        json.dump(description, f, indent=2)
    os.replace(os.path.join(folder, "camera.json.tmp"), os.path.join(folder, "camera.json"))
    print("render_scenes.py: %s: %d views at %dx%d in %s" % (spec["name"], len(records), width, height, folder))


def main():
    out, size, files = arguments()
    for path in files:
        with open(path) as f:
            render_scene(json.load(f), out, size)


main()
