package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.segment.Click;

import java.util.List;

/**
 * The click protocol's record of one image.
 *
 * @param clicks     the clicks made, in order (fewer than the IoU count when the mask became exact early)
 * @param iouPerClick IoU after click 1..max_clicks (the last reached value carried forward when clicking stopped)
 * @param msPerClick time of each {@code segment} call in milliseconds
 * @param openMs     time to open the segmentation session (per-image work such as an image embedding)
 */
public record ImageClickResult(String name, List<Click> clicks, double[] iouPerClick, double[] msPerClick,
                               double openMs) {

    public ImageClickResult {
        clicks = List.copyOf(clicks);
        iouPerClick = iouPerClick.clone();
        msPerClick = msPerClick.clone();
    }

    /** The first click count whose IoU reaches {@code threshold}, or max_clicks when none does (as in RITM). */
    public int clicksTo(double threshold) {
        for (int k = 0; k < iouPerClick.length; k++) {
            if (iouPerClick[k] >= threshold) {
                return k + 1;
            }
        }
        return iouPerClick.length;
    }

    public boolean reaches(double threshold) {
        for (double iou : iouPerClick) {
            if (iou >= threshold) {
                return true;
            }
        }
        return false;
    }
}
