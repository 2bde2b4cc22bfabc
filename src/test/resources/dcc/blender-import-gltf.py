# Imports a glTF scene with Blender's bundled importer (io_import_scene_gltf2) and writes what Blender made of
# it as JSON, so a test outside Blender can check it against what the writer meant; optionally renders the
# reference camera with Cycles on the CPU (no GPU or display needed).
#
#   blender -b --factory-startup --python blender-import-gltf.py -- SCENE REPORT.json [RENDER.png W H SAMPLES]
import json
import sys
import time

import bpy
import numpy

# Debian bookworm's blender 3.4.1 ships a glTF importer that still uses numpy.bool, which numpy 1.24 (the
# bookworm version) removed: every mesh import fails with AttributeError. numpy.bool was an alias of bool.
if "bool" not in numpy.__dict__:
    numpy.bool = bool

argv = sys.argv[sys.argv.index("--") + 1:]
scene_file, report_file = argv[0], argv[1]

# --factory-startup still brings the default cube, light and camera: start from an empty scene so that every
# object in the report came from the file.
bpy.ops.wm.read_factory_settings(use_empty=True)
bpy.ops.import_scene.gltf(filepath=scene_file)
scene = bpy.context.scene


def vec(v):
    return [float(c) for c in v]


def material_info(material):
    info = {"name": material.name, "blend_method": material.blend_method,
            "shadow_method": material.shadow_method, "alpha_threshold": material.alpha_threshold,
            "use_backface_culling": material.use_backface_culling, "images": []}
    if material.use_nodes:
        for node in material.node_tree.nodes:
            if node.type == "TEX_IMAGE" and node.image is not None:
                image = node.image
                info["images"].append({"name": image.name, "filepath": image.filepath,
                                       "packed": image.packed_file is not None,
                                       "size": [int(image.size[0]), int(image.size[1])],
                                       "alpha_mode": image.alpha_mode,
                                       "colorspace": image.colorspace_settings.name,
                                       "interpolation": node.interpolation})
        info["node_types"] = sorted({node.type for node in material.node_tree.nodes})
    return info


objects = []
for obj in scene.objects:
    entry = {"name": obj.name, "type": obj.type, "data": obj.data.name if obj.data else None,
             "parent": obj.parent.name if obj.parent else None,
             "location": vec(obj.matrix_world.translation),
             "matrix_world": [vec(row) for row in obj.matrix_world]}
    if obj.type == "MESH":
        mesh = obj.data
        entry["vertices_world"] = [vec(obj.matrix_world @ v.co) for v in mesh.vertices]
        entry["polygons"] = len(mesh.polygons)
        entry["uv_layers"] = [layer.name for layer in mesh.uv_layers]
        entry["materials"] = [material_info(m) for m in mesh.materials if m is not None]
    elif obj.type == "CAMERA":
        cam = obj.data
        entry["camera"] = {"type": cam.type, "lens": cam.lens, "lens_unit": cam.lens_unit,
                           "sensor_fit": cam.sensor_fit, "sensor_width": cam.sensor_width,
                           "sensor_height": cam.sensor_height, "angle_x": cam.angle_x, "angle_y": cam.angle_y,
                           "shift_x": cam.shift_x, "shift_y": cam.shift_y,
                           "clip_start": cam.clip_start, "clip_end": cam.clip_end}
    objects.append(entry)

report = {"blender": bpy.app.version_string, "objects": objects,
          "render": {"resolution_x": scene.render.resolution_x, "resolution_y": scene.render.resolution_y,
                     "pixel_aspect_x": scene.render.pixel_aspect_x, "pixel_aspect_y": scene.render.pixel_aspect_y}}

if len(argv) > 2:
    render_file, width, height, samples = argv[2], int(argv[3]), int(argv[4]), int(argv[5])
    # The imported scene does not say how big the frame is: like an artist, set the output to the plate's size.
    scene.render.resolution_x, scene.render.resolution_y = width, height
    scene.render.resolution_percentage = 100
    scene.camera = next(o for o in scene.objects if o.type == "CAMERA")
    scene.render.engine = "CYCLES"
    scene.cycles.device = "CPU"
    scene.cycles.samples = samples
    scene.cycles.use_adaptive_sampling = False
    scene.cycles.use_denoising = False
    # Box filter one pixel wide: a pixel is the average of its own area, as in the plate.
    scene.cycles.pixel_filter_type = "BOX"
    scene.cycles.filter_width = 1.0
    scene.render.film_transparent = True
    scene.render.dither_intensity = 0.0
    # Filmic (the default) would tone-map the textures; Standard gives the texture's sRGB values back.
    scene.view_settings.view_transform = "Standard"
    scene.view_settings.look = "None"
    scene.view_settings.exposure = 0.0
    scene.view_settings.gamma = 1.0
    scene.render.image_settings.file_format = "PNG"
    scene.render.image_settings.color_mode = "RGBA"
    scene.render.image_settings.color_depth = "8"
    scene.render.filepath = render_file
    start = time.time()
    bpy.ops.render.render(write_still=True)
    report["render"]["seconds"] = time.time() - start
    report["render"]["file"] = render_file

with open(report_file, "w", encoding="utf-8") as out:
    json.dump(report, out, indent=1, ensure_ascii=False)
