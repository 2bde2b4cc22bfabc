# Blender as an independent OpenEXR reader: loads a layered (single-part, "layer.channel") EXR, and for every
# layer (compositor Image node output) renders the compositor with that output alone and saves the result as a
# 32-bit float EXR named after it, plus a JSON report of the image type and outputs.
# Usage: blender -b --factory-startup --python blender-read-exr.py -- IN.exr OUT_FOLDER WIDTH HEIGHT
import bpy
import json
import os
import sys

source, out, width, height = sys.argv[sys.argv.index("--") + 1:]
image = bpy.data.images.load(source)
scene = bpy.context.scene
scene.render.resolution_x, scene.render.resolution_y = int(width), int(height)
scene.render.resolution_percentage = 100
settings = scene.render.image_settings
settings.file_format = 'OPEN_EXR'
settings.color_depth = '32'
settings.exr_codec = 'ZIP'
settings.color_mode = 'RGBA'
scene.view_settings.view_transform = 'Standard'
scene.use_nodes = True
tree = scene.node_tree
for n in list(tree.nodes):
    tree.nodes.remove(n)
node = tree.nodes.new("CompositorNodeImage")
node.image = image
composite = tree.nodes.new("CompositorNodeComposite")
composite.use_alpha = True
outputs = [o for o in node.outputs if o.enabled]
for index, output in enumerate(outputs):
    tree.links.new(output, composite.inputs[0])
    bpy.ops.render.render()
    bpy.data.images["Render Result"].save_render(os.path.join(out, "output-%02d.exr" % index))
with open(os.path.join(out, "report.json"), "w") as f:
    json.dump({"type": image.type, "outputs": [o.name for o in outputs],
               "kinds": [o.type for o in outputs]}, f)
