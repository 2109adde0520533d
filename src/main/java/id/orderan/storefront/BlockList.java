package id.orderan.storefront;

import id.orderan.customer.PhoneNumber;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The block list as the screening matches it: phones as normalised {@code 62…} numbers (so
 * {@code 0812-…}, {@code +62 812 …} and {@code 62812…} are one number), address fragments as
 * {@link #addressWords words}, so "Jl.Mawar  No.5" matches a fragment "jl mawar no 5".
 */
record BlockList(Set<String> phones, List<String> addressFragments) {

    static final BlockList EMPTY = new BlockList(Set.of(), List.of());
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    BlockList {
        phones = Set.copyOf(phones);
        addressFragments = List.copyOf(addressFragments);
    }

    static BlockList of(List<BlockEntry> entries) {
        return new BlockList(
                entries.stream().filter(e -> e.kind() == BlockKind.PHONE).map(e -> normalizedPhone(e.value()))
                        .flatMap(Optional::stream).collect(Collectors.toSet()),
                entries.stream().filter(e -> e.kind() == BlockKind.ADDRESS).map(e -> addressWords(e.value()))
                        .filter(fragment -> !fragment.isBlank()).toList());
    }

    boolean matches(String phone, String address) {
        boolean phoneBlocked = normalizedPhone(phone).map(phones::contains).orElse(false);
        if (phoneBlocked || addressFragments.isEmpty()) {
            return phoneBlocked;
        }
        // padded with spaces so a fragment matches whole words only ("no 5" is not in "no 55")
        String words = " " + addressWords(address) + " ";
        return addressFragments.stream().anyMatch(fragment -> words.contains(" " + fragment + " "));
    }

    static Optional<String> normalizedPhone(@Nullable String phone) {
        return PhoneNumber.normalize(phone);
    }

    /** Lower case, every run of punctuation and spaces one space: how addresses are compared. */
    static String addressWords(String text) {
        return NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
