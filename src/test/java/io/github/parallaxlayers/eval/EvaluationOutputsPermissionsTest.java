package io.github.parallaxlayers.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Results written under a temporary name get the permissions a plain file write gives (the umask), not 600. */
class EvaluationOutputsPermissionsTest {
    @TempDir
    Path temp;

    @Test
    void resultFilesFollowTheUmask() throws IOException {
        Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path result = temp.resolve("summary.json");
        EvaluationOutputs.writeAtomically(result, "{}".getBytes(), false);
        Path plain = Files.writeString(temp.resolve("plain"), "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(result));
        assertEquals("{}", Files.readString(result));
        try (var files = Files.list(temp)) {
            assertEquals(2, files.count(), "no temporary file is left");
        }
    }
}
