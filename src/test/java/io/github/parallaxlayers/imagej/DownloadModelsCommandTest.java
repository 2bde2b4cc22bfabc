package io.github.parallaxlayers.imagej;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class DownloadModelsCommandTest {

    @Test
    void unknownOrMissingModelIdsListTheRegisteredOnes() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("run('Download Models', '');");
        assertTrue(run.error().contains("model=[id]") && run.error().contains("mobile-sam"), run.error());
        run = ImageJTestSupport.runMacro("run('Download Models', 'model=sam-vit-z');");
        assertTrue(run.error().contains("sam-vit-z") && run.error().contains("lama"), run.error());
    }
}
