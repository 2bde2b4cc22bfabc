package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.geometry.CardKind;
import io.github.parallaxlayers.geometry.CardPlane;
import io.github.parallaxlayers.geometry.Vec3;
import io.github.parallaxlayers.layers.Layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layers' cards carried by a layer stack as one image property line ({@code parallax.cards}, one entry per
 * layer front first, separated by {@code ;}: {@code kind nx ny nz distance}, or {@code -} for the upright card at
 * the layer's depth hint), beside the depth hints of {@code parallax.depth}; absent when no layer has a card, so
 * stacks made before card kinds look and export as before. Written by Set Card Kind and every edit, read by the
 * exports and Parallax Preview.
 */
final class CardProperty {
    static final String PROPERTY = "parallax.cards";

    private CardProperty() {
    }

    /** The property's text for these layers, or null when none has a card. */
    static String text(List<Layer> layers) {
        if (layers.stream().noneMatch(Layer::hasCard)) {
            return null;
        }
        List<String> entries = new ArrayList<>();
        for (Layer layer : layers) {
            CardPlane c = layer.card();
            entries.add(c == null ? "-" : String.format(Locale.ROOT, "%s %s %s %s %s", c.kind().label(),
                    c.normal().x(), c.normal().y(), c.normal().z(), c.distance()));
        }
        return String.join(";", entries);
    }

    /** Each layer's card (null entries for upright cards at their depth hints), or null when the image has none. */
    static List<CardPlane> get(ImagePlus image, int layers) {
        String text = image.getProp(PROPERTY);
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] entries = text.split(";", -1);
        if (entries.length != layers) {
            throw damaged(image, text, "it has " + entries.length + " entries for " + layers + " layers");
        }
        List<CardPlane> cards = new ArrayList<>();
        for (String entry : entries) {
            String e = entry.trim();
            if (e.equals("-")) {
                cards.add(null);
                continue;
            }
            String[] p = e.split("\\s+");
            try {
                CardKind kind = io.github.parallaxlayers.core.Labeled.parse(CardKind.class, "kind", p[0]);
                cards.add(new CardPlane(kind, new Vec3(Double.parseDouble(p[1]), Double.parseDouble(p[2]),
                        Double.parseDouble(p[3])), Double.parseDouble(p[4])));
            } catch (RuntimeException ex) {
                throw damaged(image, text, "'" + e + "' is not 'kind nx ny nz distance'");
            }
        }
        return cards;
    }

    private static InvalidInputException damaged(ImagePlus image, String text, String why) {
        return new InvalidInputException("'" + image.getTitle() + "' has a damaged " + PROPERTY + " property ('" + text
                + "': " + why + "): run Set Card Kind on its layers again.");
    }
}
