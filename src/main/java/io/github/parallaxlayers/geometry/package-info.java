/**
 * Scene geometry from one plate, without a network: {@link io.github.parallaxlayers.geometry.CameraMatch} (the
 * camera from {@link io.github.parallaxlayers.geometry.LineGroup}s of parallel scene edges, through least-squares
 * {@link io.github.parallaxlayers.geometry.VanishingPoint}s, or from a horizon and a known field of view), the
 * matched {@link io.github.parallaxlayers.geometry.Camera} (field of view, principal point, tilt, roll, horizon,
 * height), {@link io.github.parallaxlayers.geometry.ReferenceHeight} (camera height from an object of known height)
 * and {@link io.github.parallaxlayers.geometry.GroundPlacement} (layer depth from where it meets the ground), and
 * {@link io.github.parallaxlayers.geometry.CardPlane} (a layer's card as a plane of a {@link
 * io.github.parallaxlayers.geometry.CardKind}, with the homography that shows it from another camera). Used
 * {@link io.github.parallaxlayers.geometry.LineMatch} (Match Camera's rules from {@link
 * io.github.parallaxlayers.geometry.NamedLine}s: grouping by name or colour, the horizon, the reference line) is used
 * by the Match Camera and Place Layers on Ground commands, the parallax renderer and the glTF export.
 */
package io.github.parallaxlayers.geometry;
