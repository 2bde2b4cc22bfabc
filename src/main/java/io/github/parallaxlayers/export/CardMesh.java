package io.github.parallaxlayers.export;

import io.github.parallaxlayers.geometry.CardPlane;

import java.util.ArrayList;
import java.util.List;

/**
 * A layer's card as a triangle mesh in the reference camera's frame (the glTF card nodes' frame): a grid over the
 * part of the layer canvas the layer covers, each vertex the point of the card's plane seen at its pixel, its UV that
 * pixel's place in the layer image. One quad with UVs at its corners would be wrong for a ground or a wall: a
 * renderer interpolates UVs affinely across a triangle in 3-D, while the plane's true mapping to the image is
 * projective; the grid is refined until the difference, measured at sample points of every triangle, is at most
 * {@link #MAX_TEXTURE_ERROR} px (or the grid reaches {@link #MAX_CELLS} cells a side).
 *
 * <p>A ground seen up to the horizon reaches infinitely far: the mesh stops at {@code farLimit} (the glTF camera's far
 * clipping distance). Because 1 / depth is affine in the pixel coordinates for a plane, "depth ≤ farLimit" is a
 * half-plane of the image; the grid runs along whichever image axis is closer to parallel to its border, and each
 * grid line is cut at the border, so the mesh follows it (to within one grid line where it leaves the region).
 *
 * @param positions x, y, z per vertex
 * @param uvs       u, v per vertex (0–1 across the layer image, v down)
 * @param indices   three per triangle, counter-clockwise seen from the reference camera
 * @param cells     grid cells per side
 * @param maxError  the largest texture error found at the sample points, px
 */
record CardMesh(float[] positions, float[] uvs, int[] indices, int cells, double maxError) {
    /** The texture error the grid is refined to, px of the layer image. */
    static final double MAX_TEXTURE_ERROR = 0.25;
    static final int MAX_CELLS = 128;
    /** Barycentric sample points (the centroid, edge midpoints and points between them) where the error is read. */
    private static final double[][] SAMPLES = {{1 / 3.0, 1 / 3.0}, {0.5, 0.5}, {0.5, 0}, {0, 0.5}, {0.25, 0.25},
            {0.5, 0.25}, {0.25, 0.5}, {2 / 3.0, 1 / 6.0}, {1 / 6.0, 2 / 3.0}, {1 / 6.0, 1 / 6.0}};

    int vertexCount() {
        return positions.length / 3;
    }

    /**
     * The mesh of {@code plane} over the canvas rectangle {@code region} (pixels [x0, x1) × [y0, y1)), textured from
     * the layer image covering {@code image}; null when no part of the region sees the plane in front of the camera
     * nearer than {@code farLimit}.
     *
     * @param cx, cy the principal point in canvas pixels; {@code focal} in pixels
     */
    static CardMesh of(CardPlane plane, double x0, double y0, double x1, double y1, LayersManifest.Bounds image,
                       double focal, double cx, double cy, double farLimit) {
        CardMesh best = null;
        for (int n = 2; n <= MAX_CELLS; n *= 2) {
            CardMesh mesh = grid(plane, x0, y0, x1, y1, image, focal, cx, cy, farLimit, n);
            if (mesh == null) {
                return null;
            }
            best = mesh;
            if (mesh.maxError <= MAX_TEXTURE_ERROR) {
                break;
            }
        }
        return best;
    }

    private static CardMesh grid(CardPlane plane, double x0, double y0, double x1, double y1,
                                 LayersManifest.Bounds image, double focal, double cx, double cy, double farLimit,
                                 int n) {
        // 1 / depth = a·x + b·y + c over the image
        double d = plane.distance();
        double a = plane.normal().x() / focal / d;
        double b = -plane.normal().y() / focal / d;
        double c = (-plane.normal().x() * cx / focal + plane.normal().y() * cy / focal - plane.normal().z()) / d;
        double minInverse = 1 / farLimit;
        // lines across the axis the border is closer to: columns (x fixed) when it is more horizontal
        boolean columns = Math.abs(b) >= Math.abs(a);
        double lineStart = columns ? x0 : y0;
        double lineEnd = columns ? x1 : y1;
        double spanStart = columns ? y0 : x0;
        double spanEnd = columns ? y1 : x1;
        double along = columns ? b : a;
        double[] lo = new double[n + 1];
        double[] hi = new double[n + 1];
        boolean[] valid = new boolean[n + 1];
        boolean any = false;
        for (int i = 0; i <= n; i++) {
            double t = lineStart + (lineEnd - lineStart) * i / n;
            double base = (columns ? a : b) * t + c;
            double wStart = base + along * spanStart;
            double wEnd = base + along * spanEnd;
            double s0 = spanStart;
            double s1 = spanEnd;
            if (wStart < minInverse && wEnd < minInverse) {
                continue;
            }
            if (wStart < minInverse) {
                s0 = spanStart + (minInverse - wStart) / (wEnd - wStart) * (spanEnd - spanStart);
            } else if (wEnd < minInverse) {
                s1 = spanStart + (minInverse - wStart) / (wEnd - wStart) * (spanEnd - spanStart);
            }
            if (s1 - s0 > 1e-3) {
                lo[i] = s0;
                hi[i] = s1;
                valid[i] = true;
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        int per = n + 1;
        float[] positions = new float[per * per * 3];
        float[] uvs = new float[per * per * 2];
        double[][] pixel = new double[per * per][];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                int v = i * per + j;
                if (!valid[i]) {
                    continue;
                }
                double t = lineStart + (lineEnd - lineStart) * i / n;
                double s = lo[i] + (hi[i] - lo[i]) * j / n;
                double px = columns ? t : s;
                double py = columns ? s : t;
                double depth = 1 / (a * px + b * py + c);
                positions[3 * v] = (float) ((px - cx) / focal * depth);
                positions[3 * v + 1] = (float) ((cy - py) / focal * depth);
                positions[3 * v + 2] = (float) -depth;
                uvs[2 * v] = (float) ((px - image.x()) / image.width());
                uvs[2 * v + 1] = (float) ((py - image.y()) / image.height());
                pixel[v] = new double[] {px, py};
            }
        }
        List<int[]> triangles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!valid[i] || !valid[i + 1]) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                int p00 = i * per + j;
                int p01 = i * per + j + 1;
                int p10 = (i + 1) * per + j;
                int p11 = (i + 1) * per + j + 1;
                // counter-clockwise on the screen (y up) seen from the camera, as the quads are
                triangles.add(ccw(pixel, p00, p10, p11));
                triangles.add(ccw(pixel, p00, p11, p01));
            }
        }
        if (triangles.isEmpty()) {
            return null;
        }
        // keep only the vertices the triangles use, numbered in grid order
        int[] remap = new int[per * per];
        java.util.Arrays.fill(remap, -1);
        for (int[] t : triangles) {
            for (int v : t) {
                remap[v] = 0;
            }
        }
        int count = 0;
        for (int v = 0; v < remap.length; v++) {
            if (remap[v] == 0) {
                remap[v] = count++;
            }
        }
        float[] keptPositions = new float[count * 3];
        float[] keptUvs = new float[count * 2];
        for (int v = 0; v < remap.length; v++) {
            if (remap[v] >= 0) {
                System.arraycopy(positions, 3 * v, keptPositions, 3 * remap[v], 3);
                System.arraycopy(uvs, 2 * v, keptUvs, 2 * remap[v], 2);
            }
        }
        int[] indices = new int[triangles.size() * 3];
        for (int k = 0; k < triangles.size(); k++) {
            for (int e = 0; e < 3; e++) {
                indices[3 * k + e] = remap[triangles.get(k)[e]];
            }
        }
        CardMesh mesh = new CardMesh(keptPositions, keptUvs, indices, n, 0);
        return new CardMesh(keptPositions, keptUvs, indices, n, mesh.textureError(image, focal, cx, cy));
    }

    /** The triangle's vertices ordered counter-clockwise in the image with y up (clockwise with y down). */
    private static int[] ccw(double[][] pixel, int p, int q, int r) {
        double cross = (pixel[q][0] - pixel[p][0]) * (pixel[r][1] - pixel[p][1])
                - (pixel[q][1] - pixel[p][1]) * (pixel[r][0] - pixel[p][0]);
        return cross < 0 ? new int[] {p, q, r} : new int[] {p, r, q};
    }

    /**
     * The largest distance, in px of the layer image, between where a point of a triangle is seen by the reference
     * camera and where the affinely interpolated UV puts it, over the sample points of every triangle.
     */
    double textureError(LayersManifest.Bounds image, double focal, double cx, double cy) {
        double worst = 0;
        for (int k = 0; k < indices.length; k += 3) {
            for (double[] s : SAMPLES) {
                double[] l = {s[0], s[1], 1 - s[0] - s[1]};
                double x = 0;
                double y = 0;
                double z = 0;
                double u = 0;
                double v = 0;
                for (int e = 0; e < 3; e++) {
                    int p = indices[k + e];
                    x += l[e] * positions[3 * p];
                    y += l[e] * positions[3 * p + 1];
                    z += l[e] * positions[3 * p + 2];
                    u += l[e] * uvs[2 * p];
                    v += l[e] * uvs[2 * p + 1];
                }
                double seenX = cx + focal * x / -z;
                double seenY = cy - focal * y / -z;
                double textureX = image.x() + u * image.width();
                double textureY = image.y() + v * image.height();
                worst = Math.max(worst, Math.hypot(seenX - textureX, seenY - textureY));
            }
        }
        return worst;
    }
}
