package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.ContractDetector;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.ModelEntry;
import io.github.parallaxlayers.onnx.ModelFile;
import io.github.parallaxlayers.onnx.ModelRegistry;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.ModelSignature;
import io.github.parallaxlayers.onnx.ModelStore;
import io.github.parallaxlayers.onnx.OnnxRuntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds a SAM model: a registered one ({@code mobile-sam}, {@code sam-vit-b}, {@code sam2-hiera-tiny}, ...) in the model store, or the
 * files a user names with {@code model_file=} — a folder holding one encoder and one decoder, or the two paths
 * separated by a semicolon ({@code encoder.onnx;decoder.onnx}). Which file is which is read from the files.
 */
public final class SamModels {
    private SamModels() {
    }

    /** A registered model; a model that is not installed gives the store's message naming the download command. */
    public static SamModel registered(String id, Device device) {
        ModelEntry entry = ModelRegistry.builtIn().get(id);
        if (!"sam1".equals(entry.family()) && !"sam2".equals(entry.family())) {
            throw new InvalidInputException("The model '" + id + "' is a " + entry.family() + " model, not a "
                    + "point segmenter; use one of the SAM models (parallax-layers models list).");
        }
        ModelStore store = ModelStore.current();
        Path encoder = null;
        Path decoder = null;
        for (ModelFile file : entry.files()) {
            if (file.contract().startsWith("sam1-encoder") || file.contract().equals(Contract.SAM2_ENCODER.label())) {
                encoder = store.require(entry, file.contract());
            } else if (file.contract().equals(Contract.SAM1_DECODER.label())
                    || file.contract().equals(Contract.SAM2_DECODER.label())) {
                decoder = store.require(entry, file.contract());
            }
        }
        if (encoder == null || decoder == null) {
            throw new IllegalStateException("models.json: " + id + " needs an encoder and a decoder file");
        }
        return open(id, encoder, decoder, device);
    }

    /** The model in {@code modelFile}: a folder with an encoder and a decoder, or {@code encoder;decoder}. */
    public static SamModel fromFiles(String modelFile, Device device) {
        String text = modelFile.trim();
        List<Path> files = new ArrayList<>();
        if (text.contains(";")) {
            for (String part : text.split(";")) {
                if (!part.isBlank()) {
                    files.add(Path.of(part.trim()));
                }
            }
        } else if (Files.isDirectory(Path.of(text))) {
            try (Stream<Path> list = Files.list(Path.of(text))) {
                list.filter(p -> p.getFileName().toString().endsWith(".onnx")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new InvalidInputException("Cannot list the folder model_file=" + text + ": " + e.getMessage());
            }
        } else {
            files.add(Path.of(text));
        }
        Path encoder = null;
        Path decoder = null;
        OnnxRuntime runtime = OnnxRuntime.shared();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException("model_file: " + file + " does not exist or is not a file.");
            }
            Contract contract = ContractDetector.detect(ModelSignature.of(runtime.open(file, device).session()),
                    file.toString());
            switch (contract) {
                case SAM1_ENCODER_HWC, SAM1_ENCODER_NCHW, SAM1_ENCODER_X, SAM2_ENCODER -> encoder = file;
                case SAM1_DECODER, SAM2_DECODER -> decoder = file;
                default -> throw new InvalidInputException("model_file: " + file + " is a " + contract.label()
                        + " (" + contract.description() + "), not part of a SAM v1, MobileSAM or SAM 2 model.");
            }
        }
        if (encoder == null || decoder == null) {
            throw new InvalidInputException("model_file=" + text + " must give a SAM image encoder and a SAM "
                    + "decoder: a folder holding both .onnx files, or model_file=[encoder.onnx;decoder.onnx]"
                    + (encoder == null ? " (no encoder found)." : " (no decoder found)."));
        }
        return open(encoder.getFileName().toString(), encoder, decoder, device);
    }

    /** Opens both files; the family (SAM v1 or SAM 2) is read from the encoder, and the decoder must match it. */
    public static SamModel open(String id, Path encoder, Path decoder, Device device) {
        OnnxRuntime runtime = OnnxRuntime.shared();
        ModelSession encoderSession = runtime.open(encoder, device);
        ModelSession decoderSession = runtime.open(decoder, device);
        Contract encoderContract = ContractDetector.detect(ModelSignature.of(encoderSession.session()),
                encoder.toString());
        if (encoderContract == Contract.SAM2_ENCODER) {
            return new SamModel(id, new Sam2Encoder(encoderSession), new Sam2Decoder(decoderSession));
        }
        return new SamModel(id, new SamEncoder(encoderSession), new SamDecoder(decoderSession));
    }
}
