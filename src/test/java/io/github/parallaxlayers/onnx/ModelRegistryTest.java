package io.github.parallaxlayers.onnx;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Labeled;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelRegistryTest {

    @Test
    void packagedRegistryHasTheDocumentedModels() {
        Set<String> ids = ModelRegistry.builtIn().all().stream().map(ModelEntry::id).collect(Collectors.toSet());
        assertEquals(Set.of("mobile-sam", "sam-vit-b", "sam-vit-l", "sam-vit-h", "sam2-hiera-tiny", "lama", "migan",
                "depth-anything-v2-small", "midas-small", "deeplabv3-mnv2-voc", "isnet-general-use"), ids);
    }

    @Test
    void everyFileHasAnHttpsUrlAKnownContractAndAWellFormedOrEmptyChecksum() {
        Set<String> contracts = Set.of(Labeled.labelArray(Contract.class));
        for (ModelEntry model : ModelRegistry.builtIn().all()) {
            assertTrue(!model.licence().isBlank() && !model.task().isBlank(), model.id());
            for (ModelFile file : model.files()) {
                assertTrue(file.url().startsWith("https://"), file.url());
                assertTrue(contracts.contains(file.contract()), file.contract());
                assertTrue(file.sha256().isEmpty() || file.sha256().matches("[0-9a-f]{64}"), file.name());
                assertTrue(file.bytes() >= 0);
            }
        }
    }

    @Test
    void checksumsAreThoseTheSourcesState() {
        ModelRegistry registry = ModelRegistry.builtIn();
        ModelFile deeplab = registry.get("deeplabv3-mnv2-voc").files().get(0);
        assertEquals("48a46b346ca7e2e96760b8a10a302046a3b5a9ce55e59d4c659c36d9cbd44118", deeplab.sha256());
        assertEquals(2_781_296, deeplab.bytes());
        ModelFile lama = registry.get("lama").files().get(0);
        assertEquals("1faef5301d78db7dda502fe59966957ec4b79dd64e16f03ed96913c7a4eb68d6", lama.sha256());
        assertEquals(208_044_816L, lama.bytes());
        assertTrue(registry.get("migan").files().get(0).sha256().isEmpty(), "no source by the author states it");
        assertEquals("deeplabv3-mnv2-voc-257", registry.get("deeplabv3-mnv2-voc").folder());
        assertEquals("lama", registry.get("lama").folder());
        ModelEntry isnet = registry.get("isnet-general-use");
        assertEquals("subject-segmentation", isnet.task());
        assertEquals("isnet-general-use", isnet.folder());
        assertEquals("isnet-1024", isnet.files().get(0).contract());
        assertEquals("https://github.com/danielgatis/rembg/releases/download/v0.0.0/isnet-general-use.onnx",
                isnet.files().get(0).url());
        assertTrue(isnet.files().get(0).sha256().isEmpty(), "rembg states no sha256: the downloader records it");
    }

    @Test
    void sourceTreeRegistryIsTheOnePackaged() throws Exception {
        Path source = Path.of("models/models.json");
        Assumptions.assumeTrue(Files.exists(source), "run from the project root");
        try (InputStream in = new FileInputStream(source.toFile())) {
            assertEquals(ModelRegistry.builtIn().all(), ModelRegistry.parse(in).all());
        }
    }

    @Test
    void unknownIdListsTheKnownOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ModelRegistry.builtIn().get("sam-vit-x"));
        assertTrue(e.getMessage().contains("mobile-sam, sam-vit-b"), e.getMessage());
    }

    @Test
    void realDeepLabMatchesItsRegistryEntry() {
        Path model = SharedModels.deepLab();
        Assumptions.assumeTrue(model != null, SharedModels.MISSING);
        ModelStore store = new ModelStore(SharedModels.folder(), "test");
        ModelEntry entry = ModelRegistry.builtIn().get("deeplabv3-mnv2-voc");
        Path found = store.require(entry, "deeplabv3-voc-257");
        assertEquals(model, found);
        assertEquals(entry.files().get(0).sha256(), Sha256.ofFile(found));
    }

    @Test
    void storeFolderFollowsTheDocumentedOrder() {
        Path home = Path.of("/home/u");
        Map<String, String> props = new java.util.HashMap<>();
        Map<String, String> env = new java.util.HashMap<>();
        assertEquals(home.resolve(".cache/parallax-layers/models"), ModelStore.choose(props::get, env::get, home).folder());
        props.put("ij.dir", "/opt/Fiji.app");
        assertEquals(Path.of("/opt/Fiji.app/models/parallax-layers"), ModelStore.choose(props::get, env::get, home).folder());
        env.put("PARALLAX_MODELS", "/data/env-models");
        assertEquals(Path.of("/data/env-models"), ModelStore.choose(props::get, env::get, home).folder());
        props.put("parallax.models", "/data/prop-models");
        ModelStore chosen = ModelStore.choose(props::get, env::get, home);
        assertEquals(Path.of("/data/prop-models"), chosen.folder());
        assertEquals("-Dparallax.models", chosen.origin());
    }

    @Test
    void missingModelNamesIdFolderAndDownloadCommand() {
        ModelStore store = new ModelStore(Path.of("/nonexistent/models"), "-Dparallax.models");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> store.require(ModelRegistry.builtIn().get("lama"), "lama-512"));
        assertTrue(e.getMessage().contains("'lama'"), e.getMessage());
        assertTrue(e.getMessage().contains("/nonexistent/models/lama"), e.getMessage());
        assertTrue(e.getMessage().contains("parallax-layers models download lama"), e.getMessage());
        assertNotNull(e.getMessage());
    }
}
