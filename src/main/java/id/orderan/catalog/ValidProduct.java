package id.orderan.catalog;

import id.orderan.base.BusinessException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A {@link ProductCommand} after the rules: normalised values, or a translated refusal. */
record ValidProduct(String sku, String name, long price, int weightGrams, @Nullable String barcode,
        @Nullable String location, int lowStockThreshold, boolean showOnOrderForm, boolean active) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    static ValidProduct of(ProductCommand command) {
        String sku = command.sku().trim().toUpperCase(Locale.ROOT);
        if (sku.length() < 2 || sku.length() > 40 || !CODE.matcher(sku).matches()) {
            throw new BusinessException("error.product.sku-invalid", command.sku());
        }
        String name = command.name().trim();
        if (name.isEmpty()) {
            throw new BusinessException("error.product.name-required");
        }
        if (name.length() > 160) {
            throw new BusinessException("error.product.name-too-long", 160);
        }
        if (command.price() < 0) {
            throw new BusinessException("error.product.price-negative");
        }
        if (command.weightGrams() < 0) {
            throw new BusinessException("error.product.weight-negative");
        }
        if (command.lowStockThreshold() < 0) {
            throw new BusinessException("error.product.threshold-negative");
        }
        String location = blankToNull(command.location());
        if (location != null && location.length() > 40) {
            throw new BusinessException("error.product.location-too-long", 40);
        }
        return new ValidProduct(sku, name, command.price(), command.weightGrams(), barcode(command.barcode()), location,
                command.lowStockThreshold(), command.showOnOrderForm(), command.active());
    }

    /**
     * Digits of a retail length must carry a valid check digit (a typo in a scanned-by-hand EAN
     * would otherwise never match at the packing table); any other code is the seller's own.
     */
    static @Nullable String barcode(@Nullable String raw) {
        String code = blankToNull(raw);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (code.length() > 40 || !CODE.matcher(code).matches()) {
            throw new BusinessException("error.product.barcode-invalid", raw);
        }
        if (DIGITS.matcher(code).matches() && (code.length() == 8 || code.length() == 12 || code.length() == 13)
                && !checkDigitValid(code)) {
            throw new BusinessException("error.product.barcode-check-digit", code);
        }
        return code;
    }

    /** GS1 check digit (EAN-8, UPC-A, EAN-13): weights 3 and 1 from the right, skipping the check digit. */
    static boolean checkDigitValid(String digits) {
        int sum = 0;
        for (int i = digits.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == digits.charAt(digits.length() - 1) - '0';
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
