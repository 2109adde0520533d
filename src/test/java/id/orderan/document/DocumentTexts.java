package id.orderan.document;

import java.util.List;

/** Test access to the words documents print. */
public final class DocumentTexts {

    private DocumentTexts() {}

    public static List<String> keys() {
        return DocumentService.TEXT_KEYS;
    }
}
