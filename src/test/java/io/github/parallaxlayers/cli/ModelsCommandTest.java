package io.github.parallaxlayers.cli;

import io.github.parallaxlayers.onnx.SharedModels;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelsCommandTest {
    @TempDir
    Path temp;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ModelsCommand command = new ModelsCommand();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        command.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        command.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = new CommandLine(command).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listAndVerifyAgainstTheSharedModels() {
        Path folder = SharedModels.folder();
        Assumptions.assumeTrue(folder != null, SharedModels.MISSING);
        Result list = run("--folder", folder.toString(), "list");
        assertEquals(0, list.code());
        assertTrue(list.out().matches("(?s).*deeplabv3-mnv2-voc\\s+semantic-segmentation\\s+installed.*"), list.out());
        assertTrue(list.out().matches("(?s).*lama\\s+inpainting\\s+missing.*"), list.out());
        Result verify = run("--folder", folder.toString(), "verify", "deeplabv3-mnv2-voc");
        assertEquals(0, verify.code());
        assertEquals("deeplabv3-mnv2-voc/deeplab_v3_1_default_1.onnx: ok (sha256 verified)", verify.out().trim());
    }

    @Test
    void verifyReportsACorruptFile() throws Exception {
        Path file = temp.resolve("deeplabv3-mnv2-voc-257/deeplab_v3_1_default_1.onnx");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[2_781_296]);
        Result verify = run("--folder", temp.toString(), "verify", "deeplabv3-mnv2-voc");
        assertEquals(1, verify.code());
        assertTrue(verify.out().contains("BAD sha256 "), verify.out());
        assertTrue(verify.out().contains("expected 48a46b34"), verify.out());
    }

    @Test
    void pathAndUnknownId() {
        Result path = run("--folder", temp.toString(), "path");
        assertEquals(temp.toString(), path.out().trim());
        Result unknown = run("--folder", temp.toString(), "download", "no-such-model");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("Unknown model 'no-such-model'"), unknown.err());
    }
}
