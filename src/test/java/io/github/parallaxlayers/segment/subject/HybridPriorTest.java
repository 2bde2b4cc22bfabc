package io.github.parallaxlayers.segment.subject;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.classic.ClassicSegmenter;
import io.github.parallaxlayers.segment.classic.UnaryPrior;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hybrid prior on a drawn subject map (no network): selection, local override, distrust, and the cut it steers. */
class HybridPriorTest {
    private static final int N = 64;
    /** Two subjects on the map: a square (8..27) and a disc around (48, 40), probability 0.95; background 0.05. */
    private static final SubjectMap MAP = SubjectMap.of(twoSubjects(), N);
    private static final UnaryPrior.Grid GRID = new UnaryPrior.Grid(N, N, 1, 1, N, N);

    private static float[] twoSubjects() {
        float[] v = new float[N * N];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                boolean square = x >= 8 && x < 28 && y >= 8 && y < 28;
                boolean disc = (x - 48) * (x - 48) + (y - 40) * (y - 40) <= 100;
                v[y * N + x] = square || disc ? 0.95f : 0.05f;
            }
        }
        return v;
    }

    private static HybridPrior prior() {
        return new HybridPrior(MAP, HybridSettings.DEFAULTS);
    }

    @Test
    void firstClickSelectsItsSubjectAndLeavesTheOtherUnknown() {
        UnaryPrior.Terms t = prior().terms(Prompt.of(List.of(Click.positive(15, 15))), GRID);
        int inSquare = 15 * N + 15;
        int inDisc = 40 * N + 48;
        int background = 2 * N + 60;
        assertEquals(0f, t.object()[inSquare], 1e-6);
        assertTrue(t.background()[inSquare] > 5, "leaving the chosen subject costs: " + t.background()[inSquare]);
        assertEquals(0f, t.object()[inDisc], 1e-6, "the other subject is unknown: no cost either way");
        assertEquals(0f, t.background()[inDisc], 1e-6);
        assertTrue(t.object()[background] > 5);
        assertEquals(1, t.initialLabels()[inSquare]);
        assertEquals(0, t.initialLabels()[inDisc]);
        assertEquals(0, t.initialLabels()[background]);
    }

    @Test
    void aClickOffEverySubjectSelectsNothingAndGivesNoStartLabels() {
        UnaryPrior.Terms t = prior().terms(Prompt.of(List.of(Click.positive(60, 2))), GRID);
        assertNull(t.initialLabels());
        // the click itself is contradicted, so the prior fades to nothing there
        assertEquals(0f, t.object()[2 * N + 60], 1e-6);
    }

    @Test
    void aContradictingClickOverridesLocallyAndTurnsTheWholePriorDown() {
        HybridPrior prior = prior();
        Prompt one = Prompt.of(List.of(Click.positive(15, 15)));
        UnaryPrior.Terms before = prior.terms(one, GRID);
        Prompt two = one.withClick(Click.negative(25, 25), null);
        UnaryPrior.Terms after = prior.terms(two, GRID);
        int clicked = 25 * N + 25;
        assertEquals(0f, after.background()[clicked], 1e-6, "no prior left at the contradicting click");
        int far = 60 * N + 2;
        // one agreeing and one contradicting click: (1 + 1) / (1 + 1 + 1) of the weight far from the click
        assertEquals(before.object()[far] * 2 / 3, after.object()[far], 1e-3);
        HybridPrior.Agreement agreement = prior.agreement(two, MAP.resample(N, N), GRID);
        assertEquals(1, agreement.agreeing());
        assertEquals(1, agreement.disagreeing());
    }

    @Test
    void theCutFollowsThePriorAndANegativeClickInsideItTakesThatPartOut() {
        // a plate where the square is split into two halves of different colours; the map says one subject
        int[] rgb = new int[N * N];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                boolean square = x >= 8 && x < 28 && y >= 8 && y < 28;
                rgb[y * N + x] = !square ? 0x303030 : y < 18 ? 0xC04020 : 0x20A040;
            }
        }
        Plate plate = Plate.rgb(N, N, rgb);
        try (SegmentationSession session = new ClassicSegmenter().open(plate,
                new HybridPrior(SubjectMap.of(twoSubjects(), N), HybridSettings.DEFAULTS), ProgressListener.NONE)) {
            Prompt one = Prompt.of(List.of(Click.positive(15, 12)));
            Mask first = session.segment(one, ProgressListener.NONE).mask();
            assertTrue(first.get(15, 12) && first.get(15, 24), "both halves of the subject");
            assertFalse(first.get(48, 40), "not the other subject");
            Prompt two = one.withClick(Click.negative(15, 24), first);
            Mask second = session.segment(two, ProgressListener.NONE).mask();
            assertTrue(second.get(15, 12));
            int lowerHalf = 0;
            for (int y = 18; y < 28; y++) {
                for (int x = 8; x < 28; x++) {
                    lowerHalf += second.get(x, y) ? 1 : 0;
                }
            }
            assertEquals(0, lowerHalf, "the negative click removed the green half");
            assertArrayEquals(second.data(), session.segment(two, ProgressListener.NONE).mask().data(),
                    "deterministic");
        }
    }
}
