package io.github.parallaxlayers.onnx;

import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.InvalidInputException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A cached ONNX Runtime session and what it runs on. Shared by every caller that opens the same model file on
 * the same device with the same settings; {@code OrtSession.run} is thread-safe, so callers may run it at once.
 * Owned by {@link OnnxRuntime}: callers never close it.
 *
 * @param device   the device the session really runs on ({@link Device#CPU} or {@link Device#CUDA})
 * @param fallback empty, or the one line explaining why CUDA was asked for and the CPU is used instead
 */
public record ModelSession(OrtSession session, Path file, String sha256, Device device, String fallback)
        implements DeviceReport {

    /**
     * The model's signature, once its contract is one of {@code accepted}: the one check every network wrapper
     * makes before it reads its ports, so a file given in the wrong place fails with the same kind of line.
     *
     * @param user who needs the contract, in the message ("Estimate Depth", "backend=lama", "a SAM 2 decoder")
     * @return the signature, for the wrapper to read its port names and sizes
     * @throws InvalidInputException naming the contract the file follows and the ones {@code user} takes
     */
    public ModelSignature requireContract(String user, Contract... accepted) {
        ModelSignature signature = ModelSignature.of(session);
        Contract found = ContractDetector.detect(signature, file.toString());
        if (!List.of(accepted).contains(found)) {
            List<String> labels = Arrays.stream(accepted).map(Contract::label).toList();
            String needed = accepted.length == 1
                    ? describe(accepted[0])
                    : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
            throw new InvalidInputException("The model " + file + " follows the contract "
                    + (found == null ? "(none known)" : describe(found)) + ", but " + user + " needs " + needed
                    + ".");
        }
        return signature;
    }

    private static String describe(Contract contract) {
        return contract.label() + " (" + contract.description() + ")";
    }
}
