/**
 * Filling what the foreground hides: the {@link io.github.parallaxlayers.fill.Inpainter} interface (a device report,
 * so a learned fill's fall-back to the CPU reaches the commands like every model's) and {@link
 * io.github.parallaxlayers.fill.FillBackend}, the one factory of fills ({@code backend=}, {@code model_file=},
 * {@code device=}, {@code strategy=}); PatchMatch completion and Telea fast marching; {@link
 * io.github.parallaxlayers.fill.FillInput} holds the checks every inpainter makes; {@link
 * io.github.parallaxlayers.fill.LayerFill} fills each layer behind the nearer ones; {@link
 * io.github.parallaxlayers.fill.Outpainting} extends a plate beyond its edges (overscan). Used by Fill Masked Area and
 * Build Layer Stack. docs/fill.md.
 */
package io.github.parallaxlayers.fill;
