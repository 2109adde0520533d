package id.orderan.payment;

import id.orderan.base.BusinessException;
import java.util.Arrays;
import java.util.Locale;

/**
 * An uploaded transfer proof, checked by its content (magic bytes), not by the name or the type the
 * browser claims: a renamed .exe is refused, a photo named "bukti" is accepted.
 */
public record ProofFile(String fileName, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public ProofFile {
        content = content.clone();
    }

    /** The content type the bytes really are; refuses anything but JPEG, PNG and PDF up to 5 MB. */
    public String verifiedContentType() {
        if (content.length == 0) {
            throw new BusinessException("error.proof.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("error.proof.too-large", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith('%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        throw new BusinessException("error.proof.type", fileName.toLowerCase(Locale.ROOT));
    }

    private boolean startsWith(int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProofFile p && p.fileName.equals(fileName) && Arrays.equals(p.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "ProofFile[" + fileName + ", " + content.length + " bytes]";
    }
}
