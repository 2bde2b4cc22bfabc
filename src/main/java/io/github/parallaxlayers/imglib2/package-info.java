/**
 * imglib2 views (issue 21): {@link io.github.parallaxlayers.imglib2.ImgViews} shows a {@code Plate} or {@code Mask}
 * as an imglib2 {@code ArrayImg} over the same arrays (no copy), and makes plates and masks from any
 * {@code RandomAccessibleInterval}, so Fiji developers can use the algorithms as a library. Used by no other
 * package here; the algorithms themselves know nothing of imglib2.
 */
package io.github.parallaxlayers.imglib2;
